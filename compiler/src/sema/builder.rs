//! A small builder for IR functions: create blocks, append instructions with their spans, and
//! terminate blocks. Lowering keeps a "current block"; once it is terminated, further instructions go
//! to a fresh unreachable block, so code after `return` never corrupts a finished block.

use crate::ir::{Block, BlockData, Function, Inst, Terminator, Type, Value};
use cranelift_entity::PrimaryMap;
use flowmark_grammar::Span;

#[derive(Debug)]
pub(crate) struct FunctionBuilder {
    pub function: Function,
    pub current: Block,
    /// Whether `current` already has its real terminator.
    terminated: bool,
}

impl FunctionBuilder {
    pub fn new(name: &str) -> Self {
        let mut blocks = PrimaryMap::new();
        let entry = blocks.push(empty_block(None));
        FunctionBuilder {
            function: Function { name: name.to_string(), entry, blocks, values: PrimaryMap::new() },
            current: entry,
            terminated: false,
        }
    }

    pub fn new_block(&mut self, name: Option<String>) -> Block {
        self.function.blocks.push(empty_block(name))
    }

    /// Continue emitting into `block` (which must not be terminated yet).
    pub fn switch_to(&mut self, block: Block) {
        self.current = block;
        self.terminated = false;
    }

    pub fn value(&mut self, ty: Type) -> Value {
        self.function.values.push(ty)
    }

    pub fn push(&mut self, inst: Inst, span: Span) {
        if self.terminated {
            let dead = self.new_block(Some("unreachable".into()));
            self.switch_to(dead);
        }
        let block = &mut self.function.blocks[self.current];
        block.insts.push(inst);
        block.spans.push(span);
    }

    /// Terminate the current block. Further code goes to a fresh unreachable block.
    pub fn terminate(&mut self, terminator: Terminator, span: Span) {
        if self.terminated {
            return;
        }
        let block = &mut self.function.blocks[self.current];
        block.terminator = terminator;
        block.terminator_span = span;
        self.terminated = true;
    }

    /// Jump to `target` unless the current block is already terminated.
    pub fn jump(&mut self, target: Block, span: Span) {
        self.terminate(Terminator::Jump(target), span);
    }

    pub fn finish(mut self) -> Function {
        remove_unreachable(&mut self.function);
        self.function
    }
}

fn empty_block(name: Option<String>) -> BlockData {
    BlockData { name, insts: vec![], spans: vec![], terminator: Terminator::Return, terminator_span: Span::default() }
}

/// Drop blocks nothing reaches (code after `return`), renumbering the rest in reverse post order
/// from the entry, so the text form reads top to bottom.
fn remove_unreachable(function: &mut Function) {
    let order = reverse_post_order(function);
    let mut renumber: Vec<Option<Block>> = vec![None; function.blocks.len()];
    for (new_index, &old) in order.iter().enumerate() {
        renumber[old.as_u32() as usize] = Some(Block::from_u32(new_index as u32));
    }
    let map = |b: Block| renumber[b.as_u32() as usize].unwrap_or(b);
    let mut blocks = PrimaryMap::new();
    for &old in &order {
        let mut data = function.blocks[old].clone();
        data.terminator = rename_targets(&data.terminator, &map);
        blocks.push(data);
    }
    function.entry = map(function.entry);
    function.blocks = blocks;
}

fn rename_targets(terminator: &Terminator, map: &dyn Fn(Block) -> Block) -> Terminator {
    use crate::ir::SelectTarget;
    let target = |t: SelectTarget| match t {
        SelectTarget::Block(b) => SelectTarget::Block(map(b)),
        other => other,
    };
    match terminator {
        Terminator::Jump(b) => Terminator::Jump(map(*b)),
        Terminator::Branch { cond, if_true, if_false } => {
            Terminator::Branch { cond: *cond, if_true: map(*if_true), if_false: map(*if_false) }
        }
        Terminator::Switch { value, cases, default } => Terminator::Switch {
            value: *value,
            cases: cases.iter().map(|(v, b)| (*v, map(*b))).collect(),
            default: map(*default),
        },
        Terminator::Select { keys, cases, default } => Terminator::Select {
            keys: keys.clone(),
            cases: cases
                .iter()
                .map(|c| crate::ir::SelectCase { keysets: c.keysets.clone(), target: target(c.target) })
                .collect(),
            default: target(*default),
        },
        other => other.clone(),
    }
}

/// Blocks reachable from the entry in reverse post order.
pub(crate) fn reverse_post_order(function: &Function) -> Vec<Block> {
    let mut visited = vec![false; function.blocks.len()];
    let mut post = Vec::new();
    // Iterative DFS: (block, next successor index).
    let mut stack = vec![(function.entry, 0usize)];
    visited[function.entry.as_u32() as usize] = true;
    while let Some((block, next)) = stack.pop() {
        let successors = function.blocks[block].terminator.successors();
        if next < successors.len() {
            stack.push((block, next + 1));
            let successor = successors[next];
            if !visited[successor.as_u32() as usize] {
                visited[successor.as_u32() as usize] = true;
                stack.push((successor, 0));
            }
        } else {
            post.push(block);
        }
    }
    post.reverse();
    post
}
