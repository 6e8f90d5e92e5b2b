//! Regular spelling variants of a lexicon phrase, generated when the automata are built so the
//! data files list each phrase once: British and American spellings ("defence" / "defense",
//! "immobilised" / "immobilized") for every phrase, and the other grammatical number of a topic
//! term's last word ("shells" / "shell", "delivery" / "deliveries").
//!
//! Not here: hyphen against space ("air-defence" / "air defence"), which the lexicon walk folds
//! itself ([`super::lexicon`]), or case, which the lexicon's case rule decides.

/// Whole words spelt differently in British and American English. Only pairs whose two forms
/// mean the same thing: the "-our" words are listed one by one because "four" is not "for".
const WORD_PAIRS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("defences", "defenses"),
    ("offence", "offense"),
    ("favour", "favor"),
    ("favourable", "favorable"),
    ("honour", "honor"),
    ("labour", "labor"),
    ("armour", "armor"),
    ("armoured", "armored"),
    ("neighbour", "neighbor"),
    ("neighbours", "neighbors"),
    ("endeavour", "endeavor"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("centre", "center"),
    ("metre", "meter"),
    ("kilometres", "kilometers"),
    ("travelling", "traveling"),
    ("channelling", "channeling"),
    ("cancelled", "canceled"),
    ("fulfil", "fulfill"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("grey", "gray"),
];

/// Words ending in "-ise" that are no "-ize" verb ("promise" is never "promize"): their
/// variant would only be dead weight in the automaton, but "prise"/"prize" would be wrong.
const ISE_WORDS: &[&str] = &[
    "advertis",
    "advis",
    "aris",
    "chastis",
    "compris",
    "compromis",
    "concis",
    "cris",
    "cruis",
    "despis",
    "devis",
    "disguis",
    "enterpris",
    "exercis",
    "expertis",
    "franchis",
    "improvis",
    "merchandis",
    "nois",
    "otherwis",
    "pois",
    "precis",
    "premis",
    "prais",
    "pris",
    "promis",
    "rais",
    "revis",
    "ris",
    "supervis",
    "surpris",
    "televis",
    "wis",
];

/// The phrase with every word that has another regular spelling replaced, one variant per
/// differing word combination, the phrase itself excluded.
pub(crate) fn spelling_variants(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for word in &words {
        let mut forms = vec![(*word).to_string()];
        forms.extend(other_spelling(word));
        out = out
            .into_iter()
            .flat_map(|prefix| {
                forms.iter().map(move |f| {
                    let mut p = prefix.clone();
                    p.push(f.clone());
                    p
                })
            })
            .collect();
        // Long phrases with many variable words stay few: a title of five words has at most
        // a handful of spellings in practice; beyond eight the data has a typo, not a dialect.
        out.truncate(8);
    }
    out.into_iter()
        .map(|w| w.join(" "))
        .filter(|v| v != phrase)
        .collect()
}

/// The other spelling of one word, keeping its case where it is plain lower case.
fn other_spelling(word: &str) -> Option<String> {
    if word.chars().any(char::is_uppercase) {
        return None;
    }
    for (gb, us) in WORD_PAIRS {
        if word == *gb && gb != us {
            return Some((*us).to_string());
        }
        if word == *us && gb != us {
            return Some((*gb).to_string());
        }
    }
    // "-ise, -ised, -ises, -ising, -isation" ↔ "-ize …", for the verbs that have both.
    for (gb, us) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
    ] {
        if let Some(stem) = word.strip_suffix(gb) {
            let root = format!("{stem}is");
            return (stem.len() >= 3 && !ISE_WORDS.iter().any(|w| root.ends_with(w)))
                .then(|| format!("{stem}{us}"));
        }
        if let Some(stem) = word.strip_suffix(us) {
            return (stem.len() >= 3).then(|| format!("{stem}{gb}"));
        }
    }
    None
}

/// Last words whose other number is no regular variant of the same term: mass nouns, plurals
/// with another meaning in the singular ("talks", "arms", "forces", "rounds", "supplies"),
/// single events ("strikes": "the strike was reckless" is one attack, not the weapons), and
/// "troops", whose singular is a modifier ("troop movements near the border").
#[rustfmt::skip]
const KEEP_NUMBER: &[&str] = &[
    "talks", "arms", "forces", "means", "news", "goods", "series", "species", "aircraft",
    "personnel", "equipment", "ammunition", "assistance", "support", "aid", "artillery",
    "weaponry", "military", "peace", "use", "rounds", "supplies", "reserves", "measures", "steps",
    "strikes", "attacks", "troops",
];

/// The phrase with its last word in the other grammatical number ("air defence system" →
/// "air defence systems", "deliveries" → "delivery"), or `None` when that word has no regular
/// other number or its two numbers mean different things ("talks", "arms", "forces").
pub(crate) fn number_variant(phrase: &str) -> Option<String> {
    let (head, last) = match phrase.rsplit_once(' ') {
        Some((head, last)) => (Some(head), last),
        None => (None, phrase),
    };
    let lower = last.to_lowercase();
    if lower.chars().count() < 4
        || KEEP_NUMBER.contains(&lower.as_str())
        || !last
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
        || last.chars().filter(|c| c.is_uppercase()).count() > 1
        || !last.chars().last().is_some_and(|c| c.is_ascii_lowercase())
        || lower.ends_with("ing")
        || lower.ends_with("ed")
        || lower.contains('\'')
    {
        return None;
    }
    let other = if let Some(stem) = last.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["ches", "shes", "sses", "xes"]
        .iter()
        .any(|e| last.ends_with(e))
    {
        last[..last.len() - 2].to_string()
    } else if ["ss", "us", "is", "os", "ys"]
        .iter()
        .any(|e| last.ends_with(e))
    {
        // "Taurus", "crisis", "Tomahawks"' singular is regular, "Storm Shadows" too, but a
        // word ending so in the singular has no plural to strip.
        return None;
    } else if let Some(stem) = last.strip_suffix('s') {
        stem.to_string()
    } else if last.ends_with('y') && !last[..last.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']) {
        format!("{}ies", &last[..last.len() - 1])
    } else if ["ch", "sh", "x", "s"].iter().any(|e| last.ends_with(e)) {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    Some(match head {
        Some(head) => format!("{head} {other}"),
        None => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_and_american_spellings_both_ways() {
        assert_eq!(spelling_variants("air defence"), vec!["air defense"]);
        assert_eq!(
            spelling_variants("air defense systems"),
            vec!["air defence systems"]
        );
        assert_eq!(
            spelling_variants("immobilised assets"),
            vec!["immobilized assets"]
        );
        assert_eq!(spelling_variants("immobilized"), vec!["immobilised"]);
        assert_eq!(spelling_variants("in favour of"), vec!["in favor of"]);
        // Both words vary: every combination.
        let mut v = spelling_variants("defence programme");
        v.sort();
        assert_eq!(
            v,
            vec!["defence program", "defense program", "defense programme"]
        );
    }

    #[test]
    fn words_that_only_look_british_keep_their_spelling() {
        for phrase in [
            "promised",
            "four",
            "our troops",
            "compromise",
            "surprise",
            "raise",
            "Patriot",
        ] {
            assert!(spelling_variants(phrase).is_empty(), "{phrase}");
        }
    }

    #[test]
    fn the_last_word_changes_number() {
        assert_eq!(number_variant("shells").as_deref(), Some("shell"));
        assert_eq!(
            number_variant("air defence system").as_deref(),
            Some("air defence systems")
        );
        assert_eq!(number_variant("deliveries").as_deref(), Some("delivery"));
        assert_eq!(number_variant("delivery").as_deref(), Some("deliveries"));
        assert_eq!(number_variant("Patriot").as_deref(), Some("Patriots"));
        assert_eq!(number_variant("howitzers").as_deref(), Some("howitzer"));
        assert_eq!(
            number_variant("missile batches").as_deref(),
            Some("missile batch")
        );
        assert_eq!(number_variant("the fund").as_deref(), Some("the funds"));
    }

    #[test]
    fn words_whose_numbers_differ_in_meaning_or_are_no_nouns_stay() {
        for phrase in [
            "peace talks",
            "arms",
            "Western forces",
            "Taurus",
            "ATACMS",
            "HIMARS",
            "crisis",
            "military aid",
            "sending",
            "Ukraine's",
            "F-16",
            "rounds",
            "supplies",
            "ground troops",
        ] {
            assert_eq!(number_variant(phrase), None, "{phrase}");
        }
    }
}
