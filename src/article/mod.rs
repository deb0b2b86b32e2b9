//! The walkthrough's parts, shared by the reading page and the presenter's
//! window: the intro, one section with its diagrams, the glossary, the
//! bibliography and each section's printed discussion questions.

pub mod bibliography;
pub mod glossary;
pub mod handout;
pub mod intro;
pub mod section;
