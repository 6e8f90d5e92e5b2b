//! Coordinated subjects: "France and Germany said …", "Macron, Scholz and Tusk agreed": every
//! actor, person or title joined to a subject by "and" takes the same stance. Not here: finding
//! the mentions ([`super::mentions`]) or the subject of a verb ([`super::subjects`]).

use super::mentions::{Mention, MentionKind};

/// The mentions joined to mention `m` by "and" or commas ("France and Germany", "Macron, Scholz
/// and Tusk"): a subject of several actors. Only actors, people and titles that are not inside
/// a quotation or after a preposition count.
pub(crate) fn coordinated_subjects(text: &str, mentions: &[Mention], m: usize) -> Vec<usize> {
    // "Mateusz Morawiecki of Poland and Petr Fiala of the Czech Republic": a person's "of
    // <country>" travels with the person.
    let of_attachment = |a: usize| {
        a > 0
            && mentions[a].oblique
            && matches!(mentions[a - 1].kind, MentionKind::Person(_))
            && matches!(
                text[mentions[a - 1].end..mentions[a].start].trim(),
                "of" | "of the"
            )
    };
    let joins = |a: &Mention, b: &Mention| {
        a.end <= b.start
            && matches!(
                text[a.end..b.start].trim(),
                "and" | "," | ", and" | "as well as" | "together with"
            )
    };
    // Mention `i` joined to `j` (`i` < `j`), looking through an "of <country>" after `i`.
    let joined = |i: usize, j: usize| -> bool {
        joins(&mentions[i], &mentions[j])
            || (i + 1 < j
                && of_attachment(i + 1)
                && i + 2 == j
                && joins(&mentions[i + 1], &mentions[j]))
    };
    // ("and" itself marks the next name oblique: only the first conjunct's position counts.)
    let speaks = |x: &Mention| {
        !x.in_quote
            && !x.possessor
            && matches!(
                x.kind,
                MentionKind::Actor(_) | MentionKind::Person(_) | MentionKind::Title { .. }
            )
    };
    // "Germany's Johann Wadephul and France's Jean-Noël Barrot": a country's possessive right
    // before a person travels with the person too.
    let possessive_prefix = |p: usize| {
        // (A possessive is read as a blocker: "Germany's" names no speaker by itself.)
        mentions[p].possessor
            && matches!(
                mentions[p].kind,
                MentionKind::Actor(_) | MentionKind::Blocker
            )
            && matches!(mentions[p + 1].kind, MentionKind::Person(_))
            && matches!(
                text[mentions[p].end..mentions[p + 1].start].trim(),
                "" | "'s" | "\u{2019}s"
            )
    };
    let mut out = Vec::new();
    let mut cur = m;
    loop {
        if cur > 0 && joins(&mentions[cur - 1], &mentions[cur]) && speaks(&mentions[cur - 1]) {
            cur -= 1;
        } else if cur > 1
            && speaks(&mentions[cur - 2])
            && (joined(cur - 2, cur)
                || (possessive_prefix(cur - 1) && joins(&mentions[cur - 2], &mentions[cur - 1])))
        {
            cur -= 2;
        } else {
            break;
        }
        out.push(cur);
    }
    let first = out.last().copied().unwrap_or(m);
    if mentions[first].oblique && first != m && !heads_a_group(text, &mentions[first]) {
        return Vec::new();
    }
    let mut cur = m;
    loop {
        if cur + 1 < mentions.len()
            && joins(&mentions[cur], &mentions[cur + 1])
            && speaks(&mentions[cur + 1])
        {
            cur += 1;
        } else if cur + 2 < mentions.len() && joined(cur, cur + 2) && speaks(&mentions[cur + 2]) {
            cur += 2;
        } else {
            break;
        }
        out.push(cur);
    }
    // Commas alone make no coordination: "an invitation to join NATO, Kallas said" is an
    // object and a subject. A list ends with "and" ("Britain, France and Germany said").
    let mut chain: Vec<usize> = out.iter().copied().chain([m]).collect();
    chain.sort_unstable();
    let has_and = chain
        .windows(2)
        .any(|w| text[mentions[w[0]].end..mentions[w[1]].start].trim() != ",");
    if has_and {
        out
    } else {
        Vec::new()
    }
}

/// Whether a mention follows "<group> of" ("The leaders of France, Germany, Britain and Poland
/// said", "the foreign ministers of Hungary and Slovakia said"): the list after "of" is the
/// group itself, so its members are the subject.
fn heads_a_group(text: &str, first: &Mention) -> bool {
    let lead = text[..first.start].trim_end();
    let Some(lead) = lead.strip_suffix(" of") else {
        return false;
    };
    let noun = lead
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        noun.as_str(),
        "leaders" | "ministers" | "governments" | "heads" | "presidents" | "chancellors"
    )
}
