//! The shape of the code generated for `tests/programs/lookups_and_checksums.p4`, checked on the
//! `--emit asm` listing where a golden file would hide the point among unrelated lines: a lookup's
//! `hit` that is only branched on is one test of the lookup's result, never a 0/1 register; the
//! IPv4 checksum loads the half word beside the checksum as such and masks only where a fold
//! needs it; a header pointer tested before a field read is not tested again by the condition
//! that guards the read; keys are built with as few stack stores as their layout allows; a MAC
//! parameter only stored into a MAC field is loaded in one piece; sums only stored into fields of
//! their width are not truncated first; the context is saved only when code reads it back.
//! (The runtime's `kernel_lookups_and_checksums` test runs the same program in the kernel against
//! the interpreter.)

use flowmark_ebpf::{Options, ProgramKind};
use flowmark_grammar::{FileLoader, SourceMap};

const PROGRAM: &str = include_str!("../../../tests/programs/lookups_and_checksums.p4");

/// Includes come from the built-in headers; nothing else is read.
struct NoFiles;

impl FileLoader for NoFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        Err(format!("{path}: not available"))
    }
}

/// The program's TC listing.
fn listing() -> String {
    listing_of("lookups_and_checksums", PROGRAM)
}

/// The TC listing of a program that includes only the built-in headers.
fn listing_of(name: &str, program: &str) -> String {
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), program.to_string());
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &NoFiles, name);
    let module = module.unwrap_or_else(|| panic!("{}", flowmark_grammar::render(&sources, &diagnostics)));
    flowmark_ebpf::compile(&module, &Options::new(ProgramKind::Tc)).expect("compiles").asm
}

/// The instruction of a listing line, without its number (`None` for notes and the header line).
fn instruction(line: &str) -> Option<String> {
    line.trim().split_once(": ").filter(|(n, _)| n.parse::<u32>().is_ok()).map(|(_, i)| i.to_string())
}

/// The instructions of the program's listing.
fn instructions() -> Vec<String> {
    listing().lines().filter_map(instruction).collect()
}

fn is_note(line: &str) -> bool {
    line.trim_start().starts_with(';')
}

/// The lines after the first note that contains `note`.
fn after_note<'a>(listing: &'a str, note: &'a str) -> impl Iterator<Item = &'a str> {
    let mut lines = listing.lines().skip_while(move |line| !(is_note(line) && line.contains(note)));
    lines.next().unwrap_or_else(|| panic!("no note `{note}` in\n{listing}"));
    lines
}

/// The instructions listed under the first note that contains `note`, up to the next note.
fn under_note(listing: &str, note: &str) -> Vec<String> {
    after_note(listing, note).take_while(|line| !is_note(line)).filter_map(instruction).collect()
}

/// The instructions after the first note that contains `note`, through the first that contains
/// `end` (notes in between are skipped).
fn from_note_through(listing: &str, note: &str, end: &str) -> Vec<String> {
    let mut instructions = Vec::new();
    for instruction in after_note(listing, note).filter_map(instruction) {
        let last = instruction.contains(end);
        instructions.push(instruction);
        if last {
            return instructions;
        }
    }
    panic!("no `{end}` after `{note}` in\n{listing}")
}

/// The instructions from the lookup in `map` to the first conditional jump after it.
fn after_lookup(instructions: &[String], map: &str) -> Vec<String> {
    let load = instructions.iter().position(|i| i.ends_with(&format!("= map[{map}] ll"))).unwrap_or_else(|| panic!("no lookup in {map}"));
    let call = load + instructions[load..].iter().position(|i| i == "call bpf_map_lookup_elem").expect("a call");
    let branch = call + instructions[call..].iter().position(|i| i.starts_with("if ")).expect("a branch after the lookup");
    instructions[call + 1..=branch].to_vec()
}

/// `map`'s result is copied out of r0 and tested: no 0/1 value in between.
fn assert_tested_at_once(instructions: &[String], map: &str) {
    let tested = after_lookup(instructions, map);
    assert!(tested.len() <= 2, "{map}: the lookup's result should be tested at once: {tested:#?}\n{instructions:#?}");
    let branch = tested.last().expect("a branch");
    assert!(branch.contains(" == 0 goto") || branch.contains(" != 0 goto"), "{map}: {tested:#?}");
}

#[test]
fn a_negated_hit_at_the_end_of_an_or_chain_is_one_test_of_the_lookup_result() {
    let instructions = instructions();
    assert_tested_at_once(&instructions, "pipe_macs");
    assert!(!instructions.iter().any(|i| i.ends_with("^= 1")), "no bool is negated in a register:\n{instructions:#?}");
}

#[test]
fn a_hit_inside_and_is_one_test_of_the_lookup_result() {
    assert_tested_at_once(&instructions(), "pipe_routes");
}

/// The word holding the checksum is loaded by its other half, TTL and protocol; the program
/// writes diffserv, identification and TTL first, so the loads of their words are cut at the
/// written bytes' edges (no wide load of bytes a narrower store just wrote: a store-forwarding
/// stall).
#[test]
fn the_ipv4_checksum_loads_the_checksum_word_by_half_and_masks_only_in_full_folds() {
    let checksum = under_note(&listing(), "ipv4_checksum_update");
    let count = |what: &str| checksum.iter().filter(|i| i.contains(what)).count();
    let masks = checksum.iter().filter(|i| i.ends_with("&= 65535")).count();
    // Words 0 (diffserv written: 1 + 1 + 2 bytes), 4 (identification: 2 + 2), 8 (TTL: 1 + 1),
    // 12 and 16 (whole).
    assert_eq!((count("= *(u32 *)"), count("= *(u16 *)"), count("= *(u8 *)")), (2, 3, 4), "{checksum:#?}");
    // A 20-byte header sums to less than 2^34: two full folds bring it under 0x1fffe.
    assert_eq!(masks, 2, "{checksum:#?}");
}

/// `!hdr.ipv4.isValid() || hdr.ipv4.ihl != 5`: the read of `ihl` skips its load when the pointer
/// is null, and the `||` tests the pointer again; the repeat goes, and so does the read's default.
#[test]
fn a_pointer_tested_by_a_field_read_is_not_tested_again_by_its_guard() {
    let guard = from_note_through(&listing(), "read_field hdr1.ihl", "!= 5 goto");
    let null_tests = guard.iter().filter(|i| i.contains(" == 0 goto")).count();
    let defaults = guard.iter().filter(|i| i.ends_with(" = 0")).count();
    assert_eq!((null_tests, defaults, guard.len()), (1, 0, 4), "{guard:#?}");
}

/// Stores into the stack frame.
fn stack_stores(instructions: &[String]) -> Vec<&String> {
    instructions.iter().filter(|i| i.starts_with("*(") && i.contains("(r10 -")).collect()
}

/// The 6-byte MAC key of `macs` (2 bytes of padding) is one 8-byte store of the field's bytes,
/// whose register is zero past them: no zeroing, no split into 4 + 2 bytes.
#[test]
fn a_mac_key_is_one_store() {
    let key = from_note_through(&listing(), "apply table1", "map[pipe_macs]");
    let stores = stack_stores(&key);
    assert!(stores.len() == 1 && stores[0].starts_with("*(u64 *)") && !stores[0].ends_with("= 0"), "{key:#?}");
}

/// The LPM key of `routes` is the prefix length and the address: two 4-byte stores, no zeroing.
#[test]
fn an_lpm_key_is_not_zeroed_first() {
    let key = from_note_through(&listing(), "apply table2", "map[pipe_routes]");
    let stores = stack_stores(&key);
    assert!(stores.len() == 2 && stores.iter().all(|s| s.starts_with("*(u32 *)")), "{key:#?}");
}

/// `set_source`'s 6-byte `smac`, followed in the entry by `tag`, is only stored into
/// `hdr.ethernet.srcAddr`: one 8-byte load of the entry (the store takes 6 of them), not a 4-byte
/// and a 2-byte load joined by a shift.
#[test]
fn a_mac_parameter_only_stored_into_a_mac_field_is_one_load() {
    let apply = under_note(&listing(), "apply table2");
    assert!(apply.iter().any(|i| i.contains("= *(u64 *)(r") && i.ends_with("+4)")), "{apply:#?}");
    assert!(!apply.iter().any(|i| i.ends_with("<<= 32")), "{apply:#?}");
}

/// `hdr.ipv4.ttl - 1` and `hdr.ipv4.diffserv + 200` go straight into their byte: the 8-bit store
/// drops what the 64-bit arithmetic carried above it.
#[test]
fn a_sum_only_stored_into_a_field_of_its_width_is_not_truncated() {
    let listing = listing();
    for note in ["sub", "add"] {
        let arithmetic = under_note(&listing, &format!("bit<8> = {note} "));
        assert!(!arithmetic.iter().any(|i| i.ends_with("&= 255")), "{arithmetic:#?}");
    }
}

/// The prologue saves the context for the epilogue's mark store; `examples/router.p4` writes no
/// mark (nor anything else through the context after the prologue), so it does not save it.
#[test]
fn the_context_is_saved_only_when_read_back() {
    let save = "*(u64 *)(r10 -8) = r1";
    let router = listing_of("router", include_str!("../../../examples/router.p4"));
    let lookups = listing();
    assert!(lookups.lines().filter_map(instruction).any(|i| i == save), "{lookups}");
    assert!(!router.lines().filter_map(instruction).any(|i| i == save), "{router}");
}
