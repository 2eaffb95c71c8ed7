//! The STF parser: text -> [`Statement`]s with 1-based line numbers. Packet, expectation and
//! check statements are parsed here; control-plane statements go through [`super::entries`].
//! Every bad line becomes an [`StfError`] and parsing continues with the next line.

use super::entries::{full_layout, layout_values, name_values, parse_control, resolve_counter, resolve_map};
use super::lexer::{parse_number, tokenize, Tok, Toks};
use super::{CmpOp, CounterField, MapExpectation, Pattern, Statement, StfError};
use crate::ir::{CounterKind, Module};

/// Parse an STF file. Returns the statements of the good lines and an error per bad line.
pub fn parse_stf(module: &Module, text: &str) -> (Vec<(usize, Statement)>, Vec<StfError>) {
    let mut statements = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        match tokenize(line).and_then(|toks| parse_statement(module, Toks::new(toks))) {
            Ok(Some(s)) => statements.push((number, s)),
            Ok(None) => {}
            Err(e) => errors.push(StfError::new(number, e)),
        }
    }
    (statements, errors)
}

/// One line's statement (`None` for a blank or comment line).
fn parse_statement(module: &Module, mut toks: Toks) -> Result<Option<Statement>, String> {
    let keyword = match toks.next() {
        None => return Ok(None),
        Some(Tok::Word(w)) => w.to_ascii_lowercase(),
        Some(t) => return Err(format!("expected a statement, found {t}")),
    };
    let statement = match keyword.as_str() {
        "packet" => {
            let port = port(&mut toks)?;
            let (words, mark) = data_words(&mut toks)?;
            Statement::Packet { port, data: packet_bytes(&words)?, mark: mark.unwrap_or(0) }
        }
        "expect" => {
            let port = port(&mut toks)?;
            let (words, mark) = data_words(&mut toks)?;
            let pattern = if words.is_empty() { None } else { Some(pattern(&words)?) };
            Statement::Expect { port, pattern, mark }
        }
        "no_packet" => {
            toks.end()?;
            Statement::NoPacket
        }
        "wait" => Statement::Wait,
        "time" => {
            let t = parse_number(&toks.word("a time in nanoseconds")?)?;
            toks.end()?;
            Statement::Time(u64::try_from(t).map_err(|_| format!("time {t} does not fit 64 bits"))?)
        }
        "check_counter" => check_counter(module, &mut toks)?,
        "check_map" => check_map(module, &mut toks)?,
        _ => match parse_control(module, &keyword, &mut toks) {
            Some(result) => Statement::Control(result?),
            None => return Err(format!("unknown statement `{keyword}`")),
        },
    };
    Ok(Some(statement))
}

fn port(toks: &mut Toks) -> Result<u32, String> {
    let p = parse_number(&toks.word("a port")?)?;
    u32::try_from(p).map_err(|_| format!("port {p} does not fit 32 bits"))
}

/// The data words of `packet`/`expect` and an optional `mark=<n>` anywhere among them.
fn data_words(toks: &mut Toks) -> Result<(Vec<String>, Option<u32>), String> {
    let mut words = Vec::new();
    let mut mark = None;
    while let Some(tok) = toks.next() {
        match tok {
            Tok::Word(w) if w.eq_ignore_ascii_case("mark") && toks.peek() == Some(&Tok::Assign) => {
                toks.next();
                let m = parse_number(&toks.word("a mark")?)?;
                if mark.is_some() {
                    return Err("`mark=` given twice".to_string());
                }
                mark = Some(u32::try_from(m).map_err(|_| format!("mark {m} does not fit 32 bits"))?);
            }
            Tok::Word(w) => words.push(w),
            t => return Err(format!("unexpected {t} in packet data")),
        }
    }
    Ok((words, mark))
}

fn packet_bytes(words: &[String]) -> Result<Vec<u8>, String> {
    let digits: String = words.concat();
    let mut nibbles = Vec::with_capacity(digits.len());
    for c in digits.chars() {
        match c.to_digit(16) {
            Some(d) => nibbles.push(d as u8),
            None => return Err(format!("bad hex digit `{c}` in packet data")),
        }
    }
    if nibbles.len() % 2 != 0 {
        return Err(format!("packet data has an odd number of hex digits ({})", nibbles.len()));
    }
    Ok(nibbles.chunks(2).map(|p| (p[0] << 4) | p[1]).collect())
}

fn pattern(words: &[String]) -> Result<Pattern, String> {
    let mut digits: String = words.concat();
    let exact = digits.ends_with('$');
    if exact {
        digits.pop();
    }
    let mut nibbles = Vec::with_capacity(digits.len());
    for c in digits.chars() {
        match c {
            '*' => nibbles.push(None),
            '$' => return Err("`$` may only end the expected data".to_string()),
            c => match c.to_digit(16) {
                Some(d) => nibbles.push(Some(d as u8)),
                None => return Err(format!("bad hex digit `{c}` in expected data")),
            },
        }
    }
    Ok(Pattern { nibbles, exact })
}

/// `check_counter <name>(<index>) [packets|bytes <op> <n>]` (after the keyword).
fn check_counter(module: &Module, toks: &mut Toks) -> Result<Statement, String> {
    let counter = resolve_counter(module, &toks.word("a counter name")?)?;
    let decl = &module.counters[counter];
    toks.expect(&Tok::LParen, "before the counter index")?;
    let index = parse_number(&toks.word("a counter index")?)?;
    toks.expect(&Tok::RParen, "after the counter index")?;
    if index >= u128::from(decl.size) {
        return Err(format!("index {index} is out of range of counter `{}` (size {})", decl.name, decl.size));
    }
    let index = index as u32;
    if toks.at_end() {
        return Ok(Statement::CheckCounter { counter, index, check: None });
    }
    let field = match toks.word("`packets` or `bytes`")?.to_ascii_lowercase().as_str() {
        "packets" | "count" => CounterField::Packets,
        "bytes" if decl.kind == CounterKind::PacketsAndBytes => CounterField::Bytes,
        "bytes" => return Err(format!("counter `{}` counts packets only", decl.name)),
        other => return Err(format!("expected `packets` or `bytes`, found `{other}`")),
    };
    let op = match toks.next() {
        Some(Tok::EqEq) => CmpOp::Eq,
        Some(Tok::Ne) => CmpOp::Ne,
        Some(Tok::Lt) => CmpOp::Lt,
        Some(Tok::Le) => CmpOp::Le,
        Some(Tok::Gt) => CmpOp::Gt,
        Some(Tok::Ge) => CmpOp::Ge,
        Some(t) => return Err(format!("expected a comparison (== != < <= > >=), found {t}")),
        None => return Err("expected a comparison (== != < <= > >=)".to_string()),
    };
    let value = parse_number(&toks.word("a number")?)?;
    let value = u64::try_from(value).map_err(|_| format!("{value} does not fit 64 bits"))?;
    toks.end()?;
    Ok(Statement::CheckCounter { counter, index, check: Some((field, op, value)) })
}

/// `check_map <map> <k>:<v> ... (== <f>:<v> ... | absent)` (after the keyword).
fn check_map(module: &Module, toks: &mut Toks) -> Result<Statement, String> {
    let map = resolve_map(module, &toks.word("a map name")?)?;
    let decl = &module.maps[map];
    let key = full_layout("key", &decl.key, &name_values(toks)?)?;
    let expect = match toks.next() {
        Some(Tok::Word(w)) if w.eq_ignore_ascii_case("absent") => MapExpectation::Absent,
        Some(Tok::EqEq) => {
            let pairs = name_values(toks)?;
            if pairs.is_empty() {
                return Err("expected value fields after `==`".to_string());
            }
            MapExpectation::Fields(layout_values("value", &decl.value, &pairs, false)?)
        }
        Some(t) => return Err(format!("expected `==` or `absent`, found {t}")),
        None => return Err("expected `==` or `absent`".to_string()),
    };
    toks.end()?;
    Ok(Statement::CheckMap { map, key, expect })
}
