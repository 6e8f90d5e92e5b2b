//! A battery of the idioms news prose uses for stances on the seven questions, written in the
//! twelfth session as a check of coverage independent of the gold corpora: one plain sentence
//! each (some after a sentence naming Ukraine, as the topics' context words need), with the one
//! claim a reader would record. `known_gaps` lists the idioms the extractor does not read yet
//! (run it with `cargo test -- --ignored` to see where it stands).

mod common;

use common::{assert_claims, claims_on};

/// (the claim, the text, published on).
const FOUND: &[(&str, &str, &str)] = &[
    (
        "germany military-aid supports",
        "Chancellor Olaf Scholz said on Monday that Berlin would step up its weapons deliveries to Ukraine.",
        "2024-03-05",
    ),
    (
        "germany long-range-weapons opposes",
        "Chancellor Olaf Scholz said on Monday that sending Taurus missiles to Ukraine was off the table.",
        "2024-03-05",
    ),
    (
        "germany long-range-weapons opposes",
        "Chancellor Olaf Scholz said on Monday that a Taurus delivery was not on the cards.",
        "2024-03-05",
    ),
    (
        "germany long-range-weapons opposes",
        "Chancellor Olaf Scholz said on Monday that he saw no reason to send Taurus missiles to Ukraine.",
        "2024-03-05",
    ),
    (
        "france troops-to-ukraine open",
        "President Emmanuel Macron said on Monday that he would not close the door to sending troops to Ukraine.",
        "2024-03-05",
    ),
    (
        "france troops-to-ukraine open",
        "President Emmanuel Macron said on Monday that sending Western troops to Ukraine could not be excluded.",
        "2024-03-05",
    ),
    (
        "france troops-to-ukraine supports",
        "President Emmanuel Macron said on Monday that France stood ready to deploy troops to Ukraine after a ceasefire.",
        "2024-03-05",
    ),
    (
        "uk troops-to-ukraine supports",
        "Prime Minister Keir Starmer said on Monday that Britain was prepared to put British troops on the ground in Ukraine.",
        "2025-03-05",
    ),
    (
        "russia troops-to-ukraine opposes",
        "Kremlin spokesman Dmitry Peskov said on Monday that Russia would regard any Western troops in Ukraine as legitimate targets.",
        "2024-03-05",
    ),
    (
        "russia troops-to-ukraine opposes",
        "Kremlin spokesman Dmitry Peskov said on Monday that the deployment of European troops to Ukraine was a red line for Moscow.",
        "2024-03-05",
    ),
    (
        "russia long-range-weapons opposes",
        "Kremlin spokesman Dmitry Peskov said on Monday that allowing Ukraine to strike Russia with Western missiles would be a grave mistake.",
        "2024-03-05",
    ),
    (
        "russia sanctions opposes",
        "Kremlin spokesman Dmitry Peskov said on Monday that the new sanctions were illegal and would backfire on Europe.",
        "2024-03-05",
    ),
    (
        "russia frozen-assets opposes",
        "Kremlin spokesman Dmitry Peskov said on Monday that any seizure of Russian assets would be outright theft.",
        "2024-03-05",
    ),
    (
        "russia peace-talks supports",
        "Kremlin spokesman Dmitry Peskov said on Monday that Russia remained open to negotiations with Kyiv.",
        "2024-03-05",
    ),
    (
        "ukraine peace-talks opposes",
        "President Volodymyr Zelensky said on Monday that Ukraine would not sit down at the table with Putin.",
        "2024-03-05",
    ),
    (
        "ukraine ukraine-nato-membership supports",
        "President Volodymyr Zelensky said on Monday that Ukraine's future lay in NATO.",
        "2024-03-05",
    ),
    (
        "ukraine ukraine-nato-membership supports",
        "President Volodymyr Zelensky said on Monday that Ukraine deserved an invitation to join NATO.",
        "2024-03-05",
    ),
    (
        "nato ukraine-nato-membership supports",
        "NATO Secretary General Jens Stoltenberg said on Monday that Ukraine would one day become a member of the alliance.",
        "2024-03-05",
    ),
    (
        "usa ukraine-nato-membership opposes",
        "President Joe Biden said on Monday that Ukraine was not ready to join NATO.",
        "2024-03-05",
    ),
    (
        "usa military-aid supports",
        "President Joe Biden said on Monday that Washington would send another $2 billion in weapons to Kyiv.",
        "2024-03-05",
    ),
    (
        "usa sanctions supports",
        "President Joe Biden said on Monday that the United States would hit Russia with new sanctions.",
        "2024-03-05",
    ),
    (
        "usa sanctions supports",
        "President Joe Biden said on Monday that the United States was slapping new sanctions on Russian banks.",
        "2024-03-05",
    ),
    (
        "eu sanctions supports",
        "Commission President Ursula von der Leyen said on Monday that the EU would ramp up the pressure on Russia with new sanctions.",
        "2024-03-05",
    ),
    (
        "eu frozen-assets supports",
        "Commission President Ursula von der Leyen said on Monday that the profits of the immobilised Russian assets should go to Ukraine.",
        "2024-03-05",
    ),
    (
        "hungary sanctions opposes",
        "Prime Minister Viktor Orban said on Monday that Hungary would veto any new sanctions against Russia.",
        "2024-03-05",
    ),
    (
        "hungary military-aid opposes",
        "Prime Minister Viktor Orban said on Monday that Hungary would not send a single bullet to Ukraine.",
        "2024-03-05",
    ),
    (
        "poland military-aid supports",
        "Prime Minister Donald Tusk said on Monday that Poland would do everything to help Ukraine defend itself.",
        "2024-03-05",
    ),
    (
        "italy troops-to-ukraine opposes",
        "Prime Minister Giorgia Meloni said on Monday that Italy would not send soldiers to Ukraine.",
        "2024-03-05",
    ),
    (
        "uk long-range-weapons supports",
        "Foreign Secretary David Cameron said on Monday that Ukraine had every right to strike targets inside Russia with British weapons.",
        "2024-03-05",
    ),
    (
        "uk frozen-assets supports",
        "Foreign Secretary David Cameron said on Monday that Britain wanted to use the frozen Russian assets to help Ukraine.",
        "2024-03-05",
    ),
    (
        "germany frozen-assets opposes",
        "Chancellor Olaf Scholz said on Monday that seizing the Russian central bank assets would break international law.",
        "2024-03-05",
    ),
    (
        "nato military-aid supports",
        "NATO Secretary General Jens Stoltenberg said on Monday that allies must give Ukraine more air defence now.",
        "2024-03-05",
    ),
    (
        "france long-range-weapons supports",
        "President Emmanuel Macron said on Monday that France would deliver more SCALP missiles to Ukraine.",
        "2024-03-05",
    ),
    (
        "usa long-range-weapons supports",
        "President Joe Biden said on Monday that he had authorised Ukraine to use ATACMS against targets inside Russia.",
        "2024-03-05",
    ),
    (
        "uk military-aid supports",
        "The war in Ukraine goes on. Defence Secretary Grant Shapps insisted on Monday that British support for Ukraine would not waver.",
        "2024-03-05",
    ),
    (
        "germany military-aid supports",
        "The war in Ukraine goes on. Defence Minister Boris Pistorius announced on Monday a new package of military aid for Ukraine worth 500 million euros.",
        "2024-03-05",
    ),
    (
        "germany military-aid supports",
        "The war in Ukraine goes on. Berlin will ship another Patriot system to Kyiv, Defence Minister Boris Pistorius said on Monday.",
        "2024-03-05",
    ),
    (
        "france military-aid supports",
        "The war in Ukraine goes on. According to President Emmanuel Macron, France will keep supplying Ukraine with Caesar howitzers.",
        "2024-03-05",
    ),
    (
        "russia military-aid opposes",
        "The war in Ukraine goes on. Foreign Minister Sergey Lavrov warned on Monday that Western arms supplies to Kyiv were adding fuel to the fire.",
        "2024-03-05",
    ),
    (
        "russia military-aid opposes",
        "The war in Ukraine goes on. Kremlin spokesman Dmitry Peskov said on Monday that pumping weapons into Ukraine would only prolong the conflict.",
        "2024-03-05",
    ),
    (
        "russia sanctions opposes",
        "The war in Ukraine goes on. Foreign Minister Sergey Lavrov dismissed the new sanctions on Monday as pointless.",
        "2024-03-05",
    ),
    (
        "usa sanctions supports",
        "The war in Ukraine goes on. Treasury Secretary Janet Yellen said on Monday that Washington would keep tightening the screws on Russia's economy with sanctions.",
        "2024-03-05",
    ),
    (
        "uk sanctions supports",
        "The war in Ukraine goes on. Foreign Secretary David Cameron unveiled on Monday a fresh wave of sanctions targeting Russia's shadow fleet.",
        "2024-03-05",
    ),
    (
        "eu sanctions supports",
        "The war in Ukraine goes on. The European Union agreed on Monday to extend its economic sanctions against Russia for another six months.",
        "2024-03-05",
    ),
    (
        "hungary sanctions opposes",
        "The war in Ukraine goes on. Foreign Minister Peter Szijjarto said on Monday that Hungary would block any sanctions on Russian nuclear energy.",
        "2024-03-05",
    ),
    (
        "france frozen-assets opposes",
        "The war in Ukraine goes on. Finance Minister Bruno Le Maire said on Monday that France would not confiscate Russian central bank assets.",
        "2024-03-05",
    ),
    (
        "belgium frozen-assets opposes",
        "The war in Ukraine goes on. Prime Minister Bart De Wever said on Thursday that Belgium would not agree to use the frozen assets without guarantees.",
        "2025-10-23",
    ),
    (
        "uk frozen-assets supports",
        "The war in Ukraine goes on. Foreign Secretary David Cameron said on Monday that Russia should pay for the reconstruction of Ukraine with its frozen assets.",
        "2024-03-05",
    ),
    (
        "russia frozen-assets opposes",
        "The war in Ukraine goes on. Kremlin spokesman Dmitry Peskov said on Monday that Russia would retaliate if its frozen assets were seized.",
        "2024-03-05",
    ),
    (
        "nato ukraine-nato-membership supports",
        "The war in Ukraine goes on. NATO Secretary General Jens Stoltenberg said on Monday that Ukraine's path to membership was irreversible.",
        "2024-03-05",
    ),
    (
        "germany ukraine-nato-membership opposes",
        "The war in Ukraine goes on. Chancellor Olaf Scholz said on Monday that NATO membership for Ukraine was not on the agenda while the war continued.",
        "2024-03-05",
    ),
    (
        "russia ukraine-nato-membership opposes",
        "The war in Ukraine goes on. Kremlin spokesman Dmitry Peskov said on Monday that Ukraine joining NATO would pose a threat to Russia's security.",
        "2024-03-05",
    ),
    (
        "ukraine ukraine-nato-membership supports",
        "The war in Ukraine goes on. Foreign Minister Dmytro Kuleba said on Monday that Ukraine expected a clear invitation to join NATO at the summit.",
        "2024-03-05",
    ),
    (
        "usa ukraine-nato-membership opposes",
        "The war in Ukraine goes on. Defense Secretary Pete Hegseth said on Monday that NATO membership for Ukraine was unrealistic.",
        "2025-03-05",
    ),
    (
        "france troops-to-ukraine supports",
        "The war in Ukraine goes on. President Emmanuel Macron said on Monday that France was ready to send troops to Ukraine as part of a reassurance force.",
        "2025-03-05",
    ),
    (
        "germany troops-to-ukraine opposes",
        "The war in Ukraine goes on. Chancellor Olaf Scholz said on Monday that there would be no German soldiers on Ukrainian soil.",
        "2024-03-05",
    ),
    (
        "poland troops-to-ukraine opposes",
        "The war in Ukraine goes on. Prime Minister Donald Tusk said on Monday that Poland did not plan to send its soldiers to Ukraine.",
        "2025-03-05",
    ),
    (
        "uk troops-to-ukraine supports",
        "The war in Ukraine goes on. Prime Minister Keir Starmer said on Monday that Britain would be willing to deploy peacekeepers to Ukraine.",
        "2025-03-05",
    ),
    (
        "nato troops-to-ukraine opposes",
        "The war in Ukraine goes on. NATO Secretary General Jens Stoltenberg said on Monday that NATO had no plans to deploy combat troops to Ukraine.",
        "2024-03-05",
    ),
    (
        "russia troops-to-ukraine opposes",
        "The war in Ukraine goes on. Foreign Minister Sergey Lavrov said on Monday that Russia would not accept European peacekeepers in Ukraine under any circumstances.",
        "2025-03-05",
    ),
    (
        "usa long-range-weapons opposes",
        "The war in Ukraine goes on. President Joe Biden said on Monday that he would not allow Ukraine to use American weapons to strike deep inside Russia.",
        "2024-03-05",
    ),
    (
        "uk long-range-weapons supports",
        "The war in Ukraine goes on. Foreign Secretary David Cameron said on Monday that Ukraine should be allowed to use British weapons to hit targets in Russia.",
        "2024-03-05",
    ),
    (
        "russia long-range-weapons opposes",
        "The war in Ukraine goes on. President Vladimir Putin warned on Monday that strikes on Russian territory with Western missiles would mean NATO was at war with Russia.",
        "2024-03-05",
    ),
    (
        "ukraine long-range-weapons supports",
        "The war in Ukraine goes on. President Volodymyr Zelensky urged allies on Monday to lift the restrictions on long-range strikes.",
        "2024-03-05",
    ),
    (
        "italy long-range-weapons opposes",
        "The war in Ukraine goes on. Foreign Minister Antonio Tajani said on Monday that Italian weapons could not be used on Russian territory.",
        "2024-03-05",
    ),
    (
        "ukraine peace-talks supports",
        "The war in Ukraine goes on. President Volodymyr Zelensky said on Monday that Ukraine was ready for peace talks with Russia.",
        "2025-03-05",
    ),
    (
        "usa peace-talks supports",
        "The war in Ukraine goes on. President Donald Trump said on Monday that he wanted a ceasefire between Russia and Ukraine as soon as possible.",
        "2025-03-05",
    ),
    (
        "china peace-talks supports",
        "The war in Ukraine goes on. Foreign Minister Wang Yi said on Monday that China supported all efforts conducive to a peaceful settlement.",
        "2024-03-05",
    ),
    (
        "turkey peace-talks supports",
        "The war in Ukraine goes on. President Recep Tayyip Erdogan said on Monday that Turkey was ready to host peace talks between Russia and Ukraine.",
        "2024-03-05",
    ),
    (
        "germany military-aid supports",
        "The war in Ukraine goes on. \"Germany will keep supplying Ukraine with air defence,\" Scholz told reporters in Berlin on Tuesday.",
        "2024-03-07",
    ),
    (
        "germany military-aid supports",
        "The war in Ukraine goes on. Germany would keep supplying Ukraine with air defence, Scholz was quoted as saying by the news agency dpa on Tuesday.",
        "2024-03-07",
    ),
    (
        "germany military-aid supports",
        "The war in Ukraine goes on. In an interview with ZDF broadcast on Tuesday, Scholz said Germany would keep supplying Ukraine with air defence.",
        "2024-03-07",
    ),
    (
        "russia sanctions opposes",
        "The war in Ukraine goes on. Writing on Telegram on Tuesday, Foreign Ministry spokeswoman Maria Zakharova called the new sanctions illegal.",
        "2024-03-07",
    ),
    (
        "russia sanctions opposes",
        "The war in Ukraine goes on. A statement from the Kremlin on Tuesday called the new sanctions illegal.",
        "2024-03-07",
    ),
    (
        "russia sanctions opposes",
        "The war in Ukraine goes on. The new sanctions are illegal, Kremlin spokesman Dmitry Peskov told reporters on Tuesday.",
        "2024-03-07",
    ),
    (
        "ukraine military-aid supports",
        "The war in Ukraine goes on. Zelensky posted on X on Tuesday that Ukraine urgently needed more air defence systems.",
        "2024-03-07",
    ),
    (
        "ukraine military-aid supports",
        "The war in Ukraine goes on. Ukraine urgently needs more air defence systems, Zelensky wrote on X on Tuesday.",
        "2024-03-07",
    ),
    (
        "france troops-to-ukraine open",
        "The war in Ukraine goes on. Macron reiterated on Tuesday that sending troops to Ukraine could not be ruled out.",
        "2024-03-07",
    ),
    (
        "france troops-to-ukraine open",
        "The war in Ukraine goes on. Macron stressed on Tuesday that nothing could be ruled out, including sending troops to Ukraine.",
        "2024-03-07",
    ),
    (
        "uk military-aid supports",
        "The war in Ukraine goes on. Britain's support for Ukraine was unwavering, David Cameron underlined in Kyiv on Tuesday.",
        "2024-03-07",
    ),
    (
        "nato military-aid supports",
        "The war in Ukraine goes on. Speaking at a press conference in Brussels on Tuesday, Stoltenberg said allies must deliver more ammunition to Ukraine.",
        "2024-03-07",
    ),
    (
        "nato military-aid supports",
        "The war in Ukraine goes on. Stoltenberg, who spoke at a press conference in Brussels on Tuesday, said allies must deliver more ammunition to Ukraine.",
        "2024-03-07",
    ),
    (
        "usa military-aid supports",
        "The war in Ukraine goes on. The United States will send Ukraine more artillery shells, the Pentagon announced on Tuesday.",
        "2024-03-07",
    ),
    (
        "usa military-aid supports",
        "The war in Ukraine goes on. Pentagon spokesman Pat Ryder told a briefing on Tuesday that the United States would send Ukraine more artillery shells.",
        "2024-03-07",
    ),
    (
        "russia long-range-weapons opposes",
        "The war in Ukraine goes on. Russian Foreign Minister Sergei Lavrov said on Tuesday evening that Western long-range missiles for Kyiv would provoke a response from Moscow.",
        "2024-03-07",
    ),
    (
        "russia long-range-weapons opposes",
        "The war in Ukraine goes on. Lavrov, speaking late on Tuesday, warned that Western long-range missiles for Kyiv would draw a response from Moscow.",
        "2024-03-07",
    ),
    (
        "hungary sanctions opposes",
        "The war in Ukraine goes on. Hungarian Foreign Minister Peter Szijjarto told state radio on Tuesday that Budapest would not support new sanctions on Russia.",
        "2024-03-07",
    ),
    (
        "poland military-aid supports",
        "The war in Ukraine goes on. Poland will keep helping Ukraine militarily, Polish Defence Minister Wladyslaw Kosiniak-Kamysz said on Tuesday.",
        "2024-03-07",
    ),
    (
        "netherlands military-aid supports",
        "The war in Ukraine goes on. Dutch Prime Minister Mark Rutte announced on Tuesday that the Netherlands would send more F-16 jets to Ukraine.",
        "2024-03-07",
    ),
    (
        "eu military-aid supports",
        "The war in Ukraine goes on. The EU will speed up ammunition deliveries to Ukraine, Borrell told reporters on Tuesday.",
        "2024-03-07",
    ),
    (
        "germany frozen-assets open",
        "The war in Ukraine goes on. Finance Minister Christian Lindner said on Tuesday that Germany was examining whether the frozen Russian assets could be used for Ukraine.",
        "2024-03-07",
    ),
    (
        "germany ukraine-nato-membership opposes",
        "The war in Ukraine goes on. There could be no NATO membership for Ukraine during the war, Scholz made clear on Tuesday.",
        "2024-03-07",
    ),
    (
        "ukraine peace-talks opposes",
        "The war in Ukraine goes on. \"We will not negotiate with terrorists,\" Zelensky said in his nightly video address on Tuesday.",
        "2024-03-07",
    ),
    (
        "russia peace-talks supports",
        "The war in Ukraine goes on. Putin told the state news agency TASS on Tuesday that Moscow was open to talks with Kyiv.",
        "2024-03-07",
    ),
    (
        "turkey peace-talks supports",
        "The war in Ukraine goes on. Turkish Foreign Minister Hakan Fidan offered on Tuesday to host new peace talks between Russia and Ukraine.",
        "2024-03-07",
    ),
    (
        "uk sanctions supports",
        "The war in Ukraine goes on. The UK government said in a statement on Tuesday that it was sanctioning 50 more individuals and entities linked to Russia's war.",
        "2024-03-07",
    ),
    (
        "uk sanctions supports",
        "The war in Ukraine goes on. Foreign Secretary David Cameron spoke to reporters in London. The government, he said, would target Russia's oil revenues with further sanctions.",
        "2024-03-07",
    ),
    (
        "russia military-aid opposes",
        "The war in Ukraine goes on. According to Kremlin spokesman Dmitry Peskov, Western arms deliveries to Kyiv only prolong the suffering.",
        "2024-03-07",
    ),
    (
        "russia troops-to-ukraine opposes",
        "The war in Ukraine goes on. CNN cited Peskov as saying that any Western troops in Ukraine would be targeted.",
        "2024-03-07",
    ),
    (
        "france troops-to-ukraine open",
        "The war in Ukraine goes on. Le Monde reports that Macron told his ministers on Tuesday that he did not rule out sending troops to Ukraine.",
        "2024-03-07",
    ),
    (
        "germany troops-to-ukraine opposes",
        "The war in Ukraine goes on. The Frankfurter Allgemeine quotes Scholz as saying on Tuesday that no German soldiers would be sent to Ukraine.",
        "2024-03-07",
    ),
    (
        "poland military-aid supports",
        "The war in Ukraine goes on. Polish President Andrzej Duda pledged on Tuesday that Warsaw would continue to stand by Kyiv with weapons and ammunition.",
        "2024-03-07",
    ),
    (
        "usa military-aid supports",
        "The war in Ukraine goes on. Q: Will the United States keep sending weapons to Ukraine?\n\nBLINKEN: Yes. We will keep providing Ukraine with what it needs to defend itself.",
        "2024-03-07",
    ),
    (
        "nato ukraine-nato-membership supports",
        "The war in Ukraine goes on. Q: Will Ukraine join NATO?\n\nSTOLTENBERG: Ukraine will become a member of NATO. The question is when, not if.",
        "2024-03-07",
    ),
    (
        "russia ukraine-nato-membership opposes",
        "The war in Ukraine goes on. Moscow has repeatedly said it would never accept Ukraine's membership of NATO, Lavrov reminded reporters on Tuesday.",
        "2024-03-07",
    ),
    (
        "ukraine long-range-weapons supports",
        "The war in Ukraine goes on. Zelensky renewed his plea on Tuesday for permission to strike military targets deep inside Russia with Western weapons.",
        "2024-03-07",
    ),
    (
        "ukraine frozen-assets supports",
        "The war in Ukraine goes on. Kuleba called on Tuesday for the frozen Russian assets to be handed over to Ukraine.",
        "2024-03-07",
    ),
    (
        "eu sanctions supports",
        "The war in Ukraine goes on. Von der Leyen said on Tuesday that the Commission had proposed a thirteenth package of sanctions.",
        "2024-03-07",
    ),
    (
        "hungary military-aid opposes",
        "The war in Ukraine goes on. Orban said on Tuesday that Hungary would stay out of the war and would not supply weapons to Ukraine.",
        "2024-03-07",
    ),
    (
        "slovakia military-aid opposes",
        "The war in Ukraine goes on. Slovak Prime Minister Robert Fico said on Tuesday that his government would not send a single round of ammunition to Ukraine.",
        "2024-03-07",
    ),
    (
        "czechia military-aid supports",
        "The war in Ukraine goes on. Czech President Petr Pavel said on Tuesday that the Czech initiative had secured funding for 500,000 artillery shells for Ukraine.",
        "2024-03-07",
    ),
    (
        "netherlands military-aid supports",
        "The war in Ukraine goes on. Dutch Defence Minister Kajsa Ollongren said on Tuesday that the Netherlands would contribute 150 million euros to the Czech ammunition initiative.",
        "2024-03-07",
    ),
    (
        "usa peace-talks opposes",
        "The war in Ukraine goes on. Secretary of State Antony Blinken said on Tuesday that a ceasefire now would only allow Russia to regroup.",
        "2024-03-07",
    ),
    (
        "ukraine peace-talks opposes",
        "The war in Ukraine goes on. Zelensky said on Tuesday that a frozen conflict was not an option for Ukraine.",
        "2024-03-07",
    ),
    (
        "eu sanctions supports",
        "The war in Ukraine goes on. The Council of the EU adopted a 14th package of sanctions against Russia on Monday.",
        "2024-06-26",
    ),
    (
        "eu sanctions supports",
        "The war in Ukraine goes on. The Commission tabled on Monday a proposal for a 14th package of sanctions against Russia.",
        "2024-06-26",
    ),
    (
        "eu military-aid supports",
        "The war in Ukraine goes on. The EU approved on Monday a further 1.4 billion euros from the European Peace Facility for weapons for Ukraine.",
        "2024-06-26",
    ),
    (
        "eu frozen-assets supports",
        "The war in Ukraine goes on. The EU agreed on Monday to transfer the first 1.4 billion euros of windfall profits from immobilised Russian assets to Ukraine.",
        "2024-06-26",
    ),
    (
        "eu sanctions supports",
        "The war in Ukraine goes on. Brussels slapped new sanctions on Russian LNG on Monday.",
        "2024-06-26",
    ),
    (
        "eu military-aid supports",
        "The war in Ukraine goes on. The EU's foreign policy chief Kaja Kallas proposed on Monday a new initiative to deliver 2 million artillery shells to Ukraine.",
        "2025-03-05",
    ),
    (
        "nato troops-to-ukraine opposes",
        "The war in Ukraine goes on. NATO has no plans to send troops to Ukraine, a NATO official said on Monday.",
        "2024-06-26",
    ),
    (
        "russia sanctions opposes",
        "The war in Ukraine goes on. Moscow vowed on Monday to retaliate against the new EU sanctions.",
        "2024-06-26",
    ),
    (
        "russia military-aid opposes",
        "The war in Ukraine goes on. The Russian embassy in Washington said on Monday that the new US aid package would only prolong the bloodshed.",
        "2024-06-26",
    ),
    (
        "ukraine sanctions supports",
        "The war in Ukraine goes on. Kyiv welcomed the new EU sanctions on Monday and called for more.",
        "2024-06-26",
    ),
    (
        "ukraine military-aid supports",
        "The war in Ukraine goes on. Ukraine's defence ministry thanked the Netherlands on Monday for the new F-16 jets.",
        "2024-06-26",
    ),
    (
        "uk military-aid supports",
        "The war in Ukraine goes on. The UK Ministry of Defence announced on Monday a new package of drones for Ukraine.",
        "2024-06-26",
    ),
    (
        "usa sanctions supports",
        "The war in Ukraine goes on. The US Treasury announced on Monday new sanctions against Russian banks.",
        "2024-06-26",
    ),
];

const KNOWN_GAPS: &[(&str, &str, &str)] = &[
    (
        "germany military-aid supports",
        "Chancellor Olaf Scholz said on Monday that Germany stood firmly behind Ukraine and would keep arming it.",
        "2024-03-05",
    ),
    (
        "germany military-aid opposes",
        "Chancellor Olaf Scholz said on Monday that Germany had reached the limit of what it could give Ukraine in weapons.",
        "2024-03-05",
    ),
    (
        "usa military-aid supports",
        "President Joe Biden said on Monday that the United States would stand with Ukraine for as long as it takes.",
        "2024-03-05",
    ),
    (
        "eu frozen-assets supports",
        "Commission President Ursula von der Leyen said on Monday that Russia must pay for the damage it caused, using the frozen assets.",
        "2024-03-05",
    ),
    (
        "hungary sanctions opposes",
        "Prime Minister Viktor Orban said on Monday that the sanctions had failed and should be scrapped.",
        "2024-03-05",
    ),
    (
        "germany peace-talks supports",
        "Chancellor Olaf Scholz said on Monday that the time had come to talk about a path to peace.",
        "2024-03-05",
    ),
    (
        "russia sanctions opposes",
        "The war in Ukraine goes on. Kremlin spokesman Dmitry Peskov said on Monday that Russia would never bow to sanctions pressure.",
        "2024-03-05",
    ),
    (
        "germany frozen-assets supports",
        "The war in Ukraine goes on. Chancellor Olaf Scholz said on Monday that the windfall profits from frozen Russian assets could be used to buy weapons for Ukraine.",
        "2024-03-05",
    ),
    (
        "hungary ukraine-nato-membership opposes",
        "The war in Ukraine goes on. Prime Minister Viktor Orban said on Monday that admitting Ukraine to NATO would mean a world war.",
        "2024-03-05",
    ),
    (
        "germany long-range-weapons supports",
        "The war in Ukraine goes on. Chancellor Friedrich Merz said on Monday that Germany would lift all range restrictions on the weapons it supplies to Ukraine.",
        "2025-03-05",
    ),
    (
        "russia peace-talks opposes",
        "The war in Ukraine goes on. Foreign Minister Sergey Lavrov said on Monday that there was nothing to talk about with the current leadership in Kyiv.",
        "2024-03-05",
    ),
    (
        "italy military-aid supports",
        "The war in Ukraine goes on. Italy's Defence Minister Guido Crosetto confirmed on Tuesday that a ninth aid package for Ukraine was ready.",
        "2024-03-07",
    ),
    (
        "uk long-range-weapons supports",
        "The war in Ukraine goes on. Asked on Tuesday whether Ukraine could use Storm Shadow missiles inside Russia, Cameron said it was up to Ukraine.",
        "2024-03-07",
    ),
    (
        "china peace-talks supports",
        "The war in Ukraine goes on. China's special envoy Li Hui said in Moscow on Tuesday that Beijing would keep working for peace talks between Russia and Ukraine.",
        "2024-03-07",
    ),
    (
        "germany military-aid supports",
        "The war in Ukraine goes on. Pistorius announced the new package in Berlin. \"Germany will not leave Ukraine alone,\" the defence minister said.",
        "2024-03-07",
    ),
    (
        "italy frozen-assets open",
        "The war in Ukraine goes on. Italian Foreign Minister Antonio Tajani said on Tuesday that using the frozen assets raised legal questions that had to be examined carefully.",
        "2024-03-07",
    ),
    (
        "eu sanctions supports",
        "The war in Ukraine goes on. EU member states gave the green light on Monday to a 14th package of sanctions against Russia.",
        "2024-06-26",
    ),
    (
        "eu ukraine-nato-membership supports",
        "The war in Ukraine goes on. Josep Borrell said on Monday that Ukraine's place was in the EU and in NATO.",
        "2024-06-26",
    ),
    (
        "eu peace-talks opposes",
        "The war in Ukraine goes on. Kaja Kallas said on Monday that a deal over Ukraine's head would not bring peace.",
        "2025-03-05",
    ),
    (
        "eu military-aid supports",
        "The war in Ukraine goes on. Ursula von der Leyen unveiled on Tuesday a plan to mobilise up to 800 billion euros for Europe's defence and for Ukraine.",
        "2025-03-05",
    ),
    (
        "nato military-aid supports",
        "The war in Ukraine goes on. NATO allies agreed on Monday to provide at least 40 billion euros a year in military aid to Ukraine.",
        "2024-06-26",
    ),
    (
        "nato ukraine-nato-membership supports",
        "The war in Ukraine goes on. Allies reaffirmed on Monday that Ukraine's future was in NATO, the alliance said in a statement.",
        "2024-06-26",
    ),
    (
        "russia frozen-assets opposes",
        "The war in Ukraine goes on. Russia's central bank said on Monday it would challenge any use of its frozen assets in court.",
        "2024-06-26",
    ),
];

fn check(battery: &[(&str, &str, &str)]) {
    for (claim, text, published) in battery {
        assert_claims(&claims_on(text, published, ""), &[claim], &[]);
    }
}

#[test]
fn news_idioms_of_stance_are_read() {
    check(FOUND);
}

#[test]
#[ignore = "idioms the extractor does not read yet (a pronoun beneficiary, a limit reached, a bare 'for as long as it takes', a coordinated modal predicate, 'never bow to', 'could be used to buy', 'would mean a world war' after a gerund subject, 'nothing to talk about', 'was ready', 'it was up to Ukraine', a Chinese envoy outside the gazetteer, 'will not leave Ukraine alone', 'raised legal questions', EU member states and NATO allies as groups, 'place was in the EU and in NATO', a central bank's 'challenge in court')"]
fn known_gaps() {
    check(KNOWN_GAPS);
}
