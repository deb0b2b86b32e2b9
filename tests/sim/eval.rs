//! A tiny evaluator for the simulator's displayed equations (test only, not
//! in the wasm): the tests parse what the reader sees and compare it with
//! what the model computes.

use std::collections::BTreeMap;

use opbouwwerk_uitgelegd::sim::effort_at;

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(f64),
    Id(String),
    Op(char),
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '₀' | '′' | '_')
}

fn lex(s: &str) -> Vec<Tok> {
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '.') {
                i += 1;
            }
            out.push(Tok::Num(
                cs[start..i].iter().collect::<String>().parse().unwrap(),
            ));
        } else if is_ident_char(c) {
            let start = i;
            while i < cs.len() && is_ident_char(cs[i]) {
                i += 1;
            }
            out.push(Tok::Id(cs[start..i].iter().collect()));
        } else {
            let op = match c {
                '−' | '-' => '-',
                '·' | '*' => '*',
                '+' | '/' | '(' | ')' | ',' | '=' => c,
                _ => panic!("unexpected character {c:?} in {s:?}"),
            };
            out.push(Tok::Op(op));
            i += 1;
        }
    }
    out
}

pub struct Parser<'a> {
    toks: Vec<Tok>,
    at: usize,
    env: &'a BTreeMap<String, f64>,
    /// `E` of the months before the current one, for `E(t − L)`.
    past: &'a [f64],
    pub used: Vec<String>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }
    fn eat(&mut self, op: char) -> bool {
        if self.peek() == Some(&Tok::Op(op)) {
            self.at += 1;
            true
        } else {
            false
        }
    }
    fn expr(&mut self) -> f64 {
        let mut v = self.term();
        loop {
            if self.eat('+') {
                v += self.term();
            } else if self.eat('-') {
                v -= self.term();
            } else {
                return v;
            }
        }
    }
    fn term(&mut self) -> f64 {
        let mut v = self.unary();
        loop {
            if self.eat('*') {
                v *= self.unary();
            } else if self.eat('/') {
                v /= self.unary();
            } else {
                return v;
            }
        }
    }
    fn unary(&mut self) -> f64 {
        if self.eat('-') {
            -self.unary()
        } else {
            self.atom()
        }
    }
    fn atom(&mut self) -> f64 {
        match self.toks.get(self.at).cloned() {
            Some(Tok::Num(n)) => {
                self.at += 1;
                n
            }
            Some(Tok::Op('(')) => {
                self.at += 1;
                let v = self.expr();
                assert!(self.eat(')'), "missing )");
                v
            }
            Some(Tok::Id(name)) => {
                self.at += 1;
                if self.eat('(') {
                    let mut args = vec![self.expr()];
                    while self.eat(',') {
                        args.push(self.expr());
                    }
                    assert!(self.eat(')'), "missing ) after arguments of {name}");
                    match (name.as_str(), args.as_slice()) {
                        ("exp", [x]) => x.exp(),
                        ("E", [x]) => {
                            self.used.push("E".into());
                            let now = self.env["t"] as usize;
                            effort_at(x.round() as i64, now, self.env["E"], self.past)
                        }
                        ("max", [a, b]) => a.max(*b),
                        _ => panic!("unknown function {name}/{}", args.len()),
                    }
                } else {
                    self.used.push(name.clone());
                    *self
                        .env
                        .get(&name)
                        .unwrap_or_else(|| panic!("unknown symbol {name}"))
                }
            }
            t => panic!("unexpected {t:?}"),
        }
    }
}

/// Evaluates the right-hand side of a displayed equation; returns the
/// left-hand symbol, the value and the symbols it used. `past` is `E` of the
/// months before `t` (for `E(t − L)`).
pub fn eval(text: &str, env: &BTreeMap<String, f64>, past: &[f64]) -> (String, f64, Vec<String>) {
    let toks = lex(text);
    let Some(Tok::Id(lhs)) = toks.first().cloned() else {
        panic!("no left-hand side in {text}")
    };
    assert_eq!(toks.get(1), Some(&Tok::Op('=')), "{text}");
    let mut p = Parser {
        toks: toks[2..].to_vec(),
        at: 0,
        env,
        past,
        used: Vec::new(),
    };
    let v = p.expr();
    assert_eq!(p.at, p.toks.len(), "trailing tokens in {text}");
    (lhs, v, p.used)
}
