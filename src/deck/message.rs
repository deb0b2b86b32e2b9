//! The messages the presentation and presenter windows send each other over
//! their BroadcastChannel, as short strings. No web-sys here: tested natively.

use crate::url_state::Fragment;

/// What the presentation and presenter windows tell each other, as short
/// strings on the channel (`slide #id/n`, `qr on`, `qr off`, `hello`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// Go to the slide at this fragment (`#id` or `#id/n`).
    Slide { hash: String },
    /// Show or hide the QR code overlay.
    Qr { show: bool },
    /// A window opened: whoever is there answers with the current slide.
    Hello,
}

/// Every message starts with this, so other traffic is easy to tell apart.
const MESSAGE_PREFIX: &str = "opbouwwerk-present ";

impl Message {
    pub fn encode(&self) -> String {
        let body = match self {
            Message::Slide { hash } => format!("slide {hash}"),
            Message::Qr { show: true } => "qr on".to_string(),
            Message::Qr { show: false } => "qr off".to_string(),
            Message::Hello => "hello".to_string(),
        };
        format!("{MESSAGE_PREFIX}{body}")
    }

    /// Reads a message; anything malformed (or too long) is `None`.
    pub fn decode(text: &str) -> Option<Message> {
        if text.len() > 512 {
            return None;
        }
        let body = text.strip_prefix(MESSAGE_PREFIX)?;
        match body {
            "qr on" => Some(Message::Qr { show: true }),
            "qr off" => Some(Message::Qr { show: false }),
            "hello" => Some(Message::Hello),
            _ => {
                let hash = body.strip_prefix("slide ")?;
                let frag = Fragment::parse(hash);
                // Only what we write ourselves: a valid id, and a valid sub-part if any.
                (frag.id.is_some() && frag.to_hash() == hash).then(|| Message::Slide {
                    hash: hash.to_string(),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_and_malformed_ones_are_ignored() {
        for m in [
            Message::Slide {
                hash: "#handreikingen/2".into(),
            },
            Message::Qr { show: true },
            Message::Hello,
        ] {
            assert_eq!(Message::decode(&m.encode()), Some(m));
        }
        for bad in [
            "",
            "null",
            "42",
            "{}",
            "slide #top",
            "opbouwwerk-present ",
            "opbouwwerk-present slide",
            "opbouwwerk-present slide ",
            "opbouwwerk-present slide #<script>",
            "opbouwwerk-present slide #top/<b>",
            "opbouwwerk-present slide #Top",
            "opbouwwerk-present qr yes",
            "opbouwwerk-present explode",
            "opbouwwerk-present hello ",
        ] {
            assert_eq!(Message::decode(bad), None, "{bad}");
        }
        assert_eq!(Message::decode(&"x".repeat(10_000)), None);
    }
}
