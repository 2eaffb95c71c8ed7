//! Scalar arithmetic of the interpreter: re-exports of [`crate::ir::eval`], the one definition of
//! operator semantics shared with the constant folder. Usable by other targets' tests as an oracle.

pub use crate::ir::eval::{eval_binary, eval_cast, eval_concat, eval_slice, eval_unary, sign_extend};
