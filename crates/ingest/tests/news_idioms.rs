//! A battery of the idioms news prose uses for stances on the seven questions, written in the
//! twelfth session as a check of coverage independent of the gold corpora: one plain sentence
//! each, with the one claim a reader would record. `known_gaps` lists the idioms the extractor
//! does not read yet (run it with `cargo test -- --ignored` to see where it stands).

mod common;

use common::{assert_claims, claims_on};

/// (the claim, the sentence, published on). Keir Starmer speaks for the UK from July 2024.
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
];

fn check(battery: &[(&str, &str, &str)]) {
    for (claim, sentence, published) in battery {
        assert_claims(&claims_on(sentence, published, ""), &[claim], &[]);
    }
}

#[test]
fn news_idioms_of_stance_are_read() {
    check(FOUND);
}

#[test]
#[ignore = "idioms the extractor does not read yet: a pronoun beneficiary, a limit reached, a bare \"for as long as it takes\", a participle clause, a coordinated modal predicate, \"a path to peace\""]
fn known_gaps() {
    check(KNOWN_GAPS);
}
