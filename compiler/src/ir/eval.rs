//! Pure evaluation of IR operators on constants: the one definition of wrapping, saturating, signed
//! and shift semantics, shared by the constant folder in lowering and by the interpreter (which
//! re-exports these as `interp::eval_*`). Inputs need not be masked; results are masked to the
//! operation's width.

use super::{mask, BinaryOp, Type, UnaryOp};

/// `value`'s low `width` bits as a signed number (two's complement).
pub fn sign_extend(value: u128, width: u16) -> i128 {
    if width == 0 {
        return 0;
    }
    if width >= 128 {
        return value as i128;
    }
    let v = value & mask(width);
    if v & (1u128 << (width - 1)) != 0 {
        (v | !mask(width)) as i128
    } else {
        v as i128
    }
}

/// The largest and smallest signed values of `width` bits.
fn signed_bounds(width: u16) -> (i128, i128) {
    let max = (mask(width) >> 1) as i128;
    (-max - 1, max)
}

/// A unary operator on `arg` (already masked to its type); the result is masked to `result`.
pub fn eval_unary(op: UnaryOp, arg: u128, result: Type) -> u128 {
    let m = result.mask();
    match op {
        UnaryOp::Not => u128::from(arg == 0),
        UnaryOp::Complement => !arg & m,
        UnaryOp::Negate => arg.wrapping_neg() & m,
    }
}

/// A binary operator. `ty` is the left operand's type (the operation width and signedness);
/// `lhs` and `rhs` are already masked to their own types. The result is in the operation width
/// (Bool 0/1 for comparisons and logical operators); callers mask it to the result type.
pub fn eval_binary(op: BinaryOp, ty: Type, lhs: u128, rhs: u128) -> u128 {
    let width = ty.width();
    let m = mask(width);
    let signed = ty.is_signed();
    let (a, b) = (lhs & m, rhs);
    let sa = || sign_extend(a, width);
    let sb = || sign_extend(b, width);
    match op {
        BinaryOp::Add => a.wrapping_add(b) & m,
        BinaryOp::Sub => a.wrapping_sub(b) & m,
        BinaryOp::Mul => a.wrapping_mul(b) & m,
        BinaryOp::Div => a.checked_div(b & m).unwrap_or(0),
        BinaryOp::Mod => a.checked_rem(b & m).unwrap_or(0),
        BinaryOp::AddSat => {
            if signed {
                let (lo, hi) = signed_bounds(width);
                (sa().saturating_add(sb()).clamp(lo, hi) as u128) & m
            } else {
                a.checked_add(b & m).map_or(m, |s| s.min(m))
            }
        }
        BinaryOp::SubSat => {
            if signed {
                let (lo, hi) = signed_bounds(width);
                (sa().saturating_sub(sb()).clamp(lo, hi) as u128) & m
            } else {
                a.saturating_sub(b & m)
            }
        }
        BinaryOp::And => a & b & m,
        BinaryOp::Or => (a | b) & m,
        BinaryOp::Xor => (a ^ b) & m,
        BinaryOp::Shl => {
            if b >= u128::from(width) {
                0
            } else {
                (a << b) & m
            }
        }
        BinaryOp::Shr => {
            if signed {
                let amount = b.min(127) as u32;
                ((sa() >> amount) as u128) & m
            } else if b >= u128::from(width) {
                0
            } else {
                a >> b
            }
        }
        BinaryOp::Eq => u128::from(a == b),
        BinaryOp::Ne => u128::from(a != b),
        BinaryOp::Lt => u128::from(if signed { sa() < sb() } else { a < b }),
        BinaryOp::Le => u128::from(if signed { sa() <= sb() } else { a <= b }),
        BinaryOp::Gt => u128::from(if signed { sa() > sb() } else { a > b }),
        BinaryOp::Ge => u128::from(if signed { sa() >= sb() } else { a >= b }),
        BinaryOp::LogicalAnd => u128::from(a != 0 && b != 0),
        BinaryOp::LogicalOr => u128::from(a != 0 || b != 0),
    }
}

/// Convert `arg` of type `from` to type `to`: truncation, zero or sign extension (by `from`'s
/// signedness), Bool <-> bits as "nonzero = true".
pub fn eval_cast(arg: u128, from: Type, to: Type) -> u128 {
    match (from, to) {
        (_, Type::Bool) => u128::from(arg & from.mask() != 0),
        (Type::Bool, _) => u128::from(arg != 0) & to.mask(),
        (Type::Bits { width, signed: true }, _) => (sign_extend(arg, width) as u128) & to.mask(),
        _ => arg & from.mask() & to.mask(),
    }
}

/// `arg[hi:lo]`: `(arg >> lo) & mask(hi - lo + 1)`; 0 when `hi < lo` or `lo >= 128`.
pub fn eval_slice(arg: u128, hi: u16, lo: u16) -> u128 {
    if hi < lo || lo >= 128 {
        return 0;
    }
    let width = (u32::from(hi) - u32::from(lo) + 1).min(128) as u16;
    (arg >> lo) & mask(width)
}

/// `hi ++ lo` where `lo` is `lo_width` bits wide, masked to `result`.
pub fn eval_concat(hi: u128, lo: u128, lo_width: u16, result: Type) -> u128 {
    let lo = lo & mask(lo_width);
    let shifted = hi.checked_shl(u32::from(lo_width)).unwrap_or(0);
    (shifted | lo) & result.mask()
}


/// Sign-extend the low `width` bits of `value` to i128.
pub fn to_signed(value: u128, width: u16) -> i128 {
    sign_extend(value, width)
}

/// Truncate to `ty`'s width (Bool: nonzero -> 1).
pub fn normalize(value: u128, ty: Type) -> u128 {
    match ty {
        Type::Bool => (value != 0) as u128,
        Type::Bits { width, .. } => value & mask(width),
    }
}

/// `op` on a value of type `ty`.
pub fn unary(op: UnaryOp, ty: Type, arg: u128) -> u128 {
    eval_unary(op, arg, ty)
}

/// `op` on operands of type `ty` (for comparisons, the operand type; the result is 0/1).
pub fn binary(op: BinaryOp, ty: Type, lhs: u128, rhs: u128) -> u128 {
    eval_binary(op, ty, lhs & ty.mask(), rhs)
}

pub fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge
            | BinaryOp::LogicalAnd
            | BinaryOp::LogicalOr
    )
}

/// Convert `value` of type `from` to type `to`.
pub fn cast(value: u128, from: Type, to: Type) -> u128 {
    eval_cast(value, from, to)
}

/// `value[hi:lo]`
pub fn slice(value: u128, hi: u16, lo: u16) -> u128 {
    eval_slice(value, hi, lo)
}

/// `hi ++ lo` where `lo` has `lo_width` bits.
pub fn concat(hi: u128, lo: u128, lo_width: u16) -> u128 {
    eval_concat(hi, lo, lo_width, Type::bits(128))
}

#[cfg(test)]
mod tests {
    use super::*;
    const B8: Type = Type::bits(8);
    const I8: Type = Type::int(8);

    #[test]
    fn add_wraps() { assert_eq!(binary(BinaryOp::Add, B8, 255, 1), 0); }
    #[test]
    fn sub_wraps() { assert_eq!(binary(BinaryOp::Sub, B8, 0, 1), 255); }
    #[test]
    fn add_saturates_unsigned() { assert_eq!(binary(BinaryOp::AddSat, B8, 250, 10), 255); }
    #[test]
    fn sub_saturates_unsigned() { assert_eq!(binary(BinaryOp::SubSat, B8, 5, 10), 0); }
    #[test]
    fn add_saturates_signed() { assert_eq!(binary(BinaryOp::AddSat, I8, 120, 10), 127); }
    #[test]
    fn sub_saturates_signed() { assert_eq!(binary(BinaryOp::SubSat, I8, 0x80, 1), 0x80); }
    #[test]
    fn signed_less_than() { assert_eq!(binary(BinaryOp::Lt, I8, 0xff, 1), 1); }
    #[test]
    fn unsigned_less_than() { assert_eq!(binary(BinaryOp::Lt, B8, 0xff, 1), 0); }
    #[test]
    fn shift_past_width_is_zero() { assert_eq!(binary(BinaryOp::Shl, B8, 1, 8), 0); }
    #[test]
    fn signed_shift_right_fills_sign() { assert_eq!(binary(BinaryOp::Shr, I8, 0x80, 9), 0xff); }
    #[test]
    fn division_by_zero_is_zero() { assert_eq!(binary(BinaryOp::Div, B8, 7, 0), 0); }
    #[test]
    fn cast_sign_extends() { assert_eq!(cast(0xff, I8, Type::bits(16)), 0xffff); }
    #[test]
    fn cast_truncates() { assert_eq!(cast(0x1234, Type::bits(16), B8), 0x34); }
    #[test]
    fn slice_takes_bits() { assert_eq!(slice(0xabcd, 11, 4), 0xbc); }
    #[test]
    fn concat_joins() { assert_eq!(concat(0xab, 0xcd, 8), 0xabcd); }
    #[test]
    fn negate_wraps() { assert_eq!(unary(UnaryOp::Negate, B8, 1), 0xff); }
}

#[cfg(test)]
mod interpreter_tests {
    use super::*;

    const B8: Type = Type::bits(8);
    const I8: Type = Type::int(8);

    #[test]
    fn wrapping_and_saturating() {
        assert_eq!(eval_binary(BinaryOp::Add, B8, 250, 10), 4);
        assert_eq!(eval_binary(BinaryOp::Sub, B8, 1, 2), 255);
        assert_eq!(eval_binary(BinaryOp::Mul, B8, 16, 17), 16);
        assert_eq!(eval_binary(BinaryOp::AddSat, B8, 250, 10), 255);
        assert_eq!(eval_binary(BinaryOp::SubSat, B8, 1, 2), 0);
        assert_eq!(eval_binary(BinaryOp::AddSat, I8, 100, 100), 127);
        assert_eq!(eval_binary(BinaryOp::SubSat, I8, 0x80, 1), 0x80);
        assert_eq!(eval_binary(BinaryOp::AddSat, Type::bits(128), u128::MAX, 1), u128::MAX);
        assert_eq!(eval_binary(BinaryOp::AddSat, Type::int(128), i128::MAX as u128, 1), i128::MAX as u128);
    }

    #[test]
    fn division_by_zero_and_shifts() {
        assert_eq!(eval_binary(BinaryOp::Div, B8, 7, 0), 0);
        assert_eq!(eval_binary(BinaryOp::Mod, B8, 7, 0), 0);
        assert_eq!(eval_binary(BinaryOp::Shl, B8, 1, 8), 0);
        assert_eq!(eval_binary(BinaryOp::Shl, B8, 0x81, 1), 2);
        assert_eq!(eval_binary(BinaryOp::Shr, B8, 0x80, 200), 0);
        assert_eq!(eval_binary(BinaryOp::Shr, I8, 0x80, 200), 0xff);
        assert_eq!(eval_binary(BinaryOp::Shr, I8, 0x80, 1), 0xc0);
        assert_eq!(eval_binary(BinaryOp::Shl, Type::bits(128), 1, u128::MAX), 0);
    }

    #[test]
    fn comparisons_casts_slices() {
        assert_eq!(eval_binary(BinaryOp::Lt, I8, 0xff, 1), 1);
        assert_eq!(eval_binary(BinaryOp::Lt, B8, 0xff, 1), 0);
        assert_eq!(eval_cast(0xff, I8, Type::bits(16)), 0xffff);
        assert_eq!(eval_cast(0xff, B8, Type::bits(16)), 0xff);
        assert_eq!(eval_cast(0x1234, Type::bits(16), B8), 0x34);
        assert_eq!(eval_cast(2, B8, Type::Bool), 1);
        assert_eq!(eval_cast(1, Type::Bool, B8), 1);
        assert_eq!(eval_slice(0xabcd, 11, 4), 0xbc);
        assert_eq!(eval_slice(1, 0, 3), 0);
        assert_eq!(eval_concat(0xab, 0xcd, 8, Type::bits(16)), 0xabcd);
        assert_eq!(eval_unary(UnaryOp::Negate, 1, B8), 0xff);
        assert_eq!(eval_unary(UnaryOp::Complement, 0x0f, B8), 0xf0);
        assert_eq!(eval_unary(UnaryOp::Not, 1, Type::Bool), 0);
        assert_eq!(sign_extend(0x80, 0), 0);
    }
}
