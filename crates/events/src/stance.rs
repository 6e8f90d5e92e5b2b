//! The three stances an actor can take toward a topic's proposition, and the confidence of a
//! claim as a fixed-point number (no floats on disk).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An actor's position toward a topic's proposition (e.g. "troops should be sent to Ukraine").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Backs the proposition ("ready to", "will send").
    Supports,
    /// Explicitly keeps it open or considers it without committing ("nothing should be ruled out").
    Open,
    /// Rejects it, has no plans to, or warns against it.
    Opposes,
}

impl Stance {
    /// Every stance, in display order.
    pub const ALL: [Stance; 3] = [Stance::Supports, Stance::Open, Stance::Opposes];

    /// The contract spelling (`supports`, `open`, `opposes`).
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Open => "open",
            Stance::Opposes => "opposes",
        }
    }

    /// The stance toward the opposite proposition: lifting sanctions is opposing sanctions.
    /// `open` stays `open`.
    pub fn inverted(self) -> Stance {
        match self {
            Stance::Supports => Stance::Opposes,
            Stance::Opposes => Stance::Supports,
            Stance::Open => Stance::Open,
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A stance word that is not one of `supports`, `open`, `opposes`.
#[derive(Debug, thiserror::Error)]
#[error("unknown stance {0:?}: expected supports, open or opposes")]
pub struct ParseStanceError(pub String);

impl FromStr for Stance {
    type Err = ParseStanceError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "supports" | "support" => Ok(Stance::Supports),
            "open" => Ok(Stance::Open),
            "opposes" | "oppose" => Ok(Stance::Opposes),
            _ => Err(ParseStanceError(s.to_string())),
        }
    }
}

/// Confidence of a claim in thousandths (0..=1000), so it is stored as an integer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Confidence(u16);

impl Confidence {
    /// Full confidence, used for claims an analyst asserts.
    pub const CERTAIN: Confidence = Confidence(1000);

    /// Builds a confidence from thousandths, saturating at 1000.
    pub fn from_millis(millis: u16) -> Confidence {
        Confidence(millis.min(1000))
    }

    /// The value in thousandths.
    pub fn millis(self) -> u16 {
        self.0
    }
}

impl fmt::Display for Confidence {
    /// Prints as a decimal between 0 and 1 (`0.85`) for people and CSV.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / 1000;
        let frac = self.0 % 1000;
        if frac == 0 {
            write!(f, "{whole}.0")
        } else {
            let digits = format!("{frac:03}");
            write!(f, "{whole}.{}", digits.trim_end_matches('0'))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stance_spelling_is_the_contract() {
        for stance in Stance::ALL {
            assert_eq!(stance.as_str().parse::<Stance>().unwrap(), stance);
            let json = serde_json::to_string(&stance).unwrap();
            assert_eq!(json, format!("\"{}\"", stance.as_str()));
        }
        assert!("maybe".parse::<Stance>().is_err());
    }

    #[test]
    fn inversion_keeps_open() {
        assert_eq!(Stance::Supports.inverted(), Stance::Opposes);
        assert_eq!(Stance::Opposes.inverted(), Stance::Supports);
        assert_eq!(Stance::Open.inverted(), Stance::Open);
    }

    #[test]
    fn confidence_prints_as_decimal_and_saturates() {
        assert_eq!(Confidence::from_millis(850).to_string(), "0.85");
        assert_eq!(Confidence::from_millis(905).to_string(), "0.905");
        assert_eq!(Confidence::from_millis(5000).to_string(), "1.0");
        assert_eq!(Confidence::from_millis(0).to_string(), "0.0");
    }
}
