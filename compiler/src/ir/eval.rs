//! Pure evaluation of IR operators on constants: the one definition of wrapping, saturating, signed
//! and shift semantics, shared by the constant folder in lowering and by the interpreter.

use super::{mask, BinaryOp, Type, UnaryOp};

/// Sign-extend the low `width` bits of `value` to i128.
pub fn to_signed(value: u128, width: u16) -> i128 {
    if width == 0 || width >= 128 {
        return value as i128;
    }
    let shift = 128 - width as u32;
    ((value << shift) as i128) >> shift
}

/// Truncate to `ty`'s width (Bool: nonzero -> 1).
pub fn normalize(value: u128, ty: Type) -> u128 {
    match ty {
        Type::Bool => (value != 0) as u128,
        Type::Bits { width, .. } => value & mask(width),
    }
}

pub fn unary(op: UnaryOp, ty: Type, arg: u128) -> u128 {
    match op {
        UnaryOp::Not => (arg == 0) as u128,
        UnaryOp::Complement => normalize(!arg, ty),
        UnaryOp::Negate => normalize(arg.wrapping_neg(), ty),
    }
}

/// `op` on operands of type `ty` (for comparisons, the operand type; the result is 0/1).
pub fn binary(op: BinaryOp, ty: Type, lhs: u128, rhs: u128) -> u128 {
    let width = ty.width();
    let signed = ty.is_signed();
    let (sl, sr) = (to_signed(lhs, width), to_signed(rhs, width));
    let result = match op {
        BinaryOp::Add => lhs.wrapping_add(rhs),
        BinaryOp::Sub => lhs.wrapping_sub(rhs),
        BinaryOp::Mul => lhs.wrapping_mul(rhs),
        BinaryOp::Div if rhs == 0 => 0,
        BinaryOp::Mod if rhs == 0 => 0,
        BinaryOp::Div if signed => sl.wrapping_div(sr) as u128,
        BinaryOp::Mod if signed => sl.wrapping_rem(sr) as u128,
        BinaryOp::Div => lhs / rhs,
        BinaryOp::Mod => lhs % rhs,
        BinaryOp::AddSat => saturating(sl.saturating_add(sr), lhs.saturating_add(rhs), width, signed),
        BinaryOp::SubSat => saturating(sl.saturating_sub(sr), lhs.saturating_sub(rhs), width, signed),
        BinaryOp::And => lhs & rhs,
        BinaryOp::Or => lhs | rhs,
        BinaryOp::Xor => lhs ^ rhs,
        BinaryOp::Shl => {
            if rhs >= width as u128 {
                0
            } else {
                lhs << rhs
            }
        }
        BinaryOp::Shr => {
            let amount = rhs.min(127) as u32;
            if signed {
                if rhs >= width as u128 {
                    if sl < 0 { u128::MAX } else { 0 }
                } else {
                    (sl >> amount) as u128
                }
            } else if rhs >= width as u128 {
                0
            } else {
                lhs >> amount
            }
        }
        BinaryOp::Eq => (lhs == rhs) as u128,
        BinaryOp::Ne => (lhs != rhs) as u128,
        BinaryOp::Lt => (if signed { sl < sr } else { lhs < rhs }) as u128,
        BinaryOp::Le => (if signed { sl <= sr } else { lhs <= rhs }) as u128,
        BinaryOp::Gt => (if signed { sl > sr } else { lhs > rhs }) as u128,
        BinaryOp::Ge => (if signed { sl >= sr } else { lhs >= rhs }) as u128,
        BinaryOp::LogicalAnd => (lhs != 0 && rhs != 0) as u128,
        BinaryOp::LogicalOr => (lhs != 0 || rhs != 0) as u128,
    };
    if is_comparison(op) {
        result
    } else {
        normalize(result, ty)
    }
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

fn saturating(signed_result: i128, unsigned_result: u128, width: u16, signed: bool) -> u128 {
    if signed {
        let max = (1i128 << (width - 1)) - 1;
        let min = -(1i128 << (width - 1));
        signed_result.clamp(min, max) as u128
    } else {
        unsigned_result.min(mask(width))
    }
}

/// Convert `value` of type `from` to type `to`: truncate, or zero/sign-extend by `from`'s sign.
pub fn cast(value: u128, from: Type, to: Type) -> u128 {
    match (from, to) {
        (_, Type::Bool) => (value != 0) as u128,
        (Type::Bool, Type::Bits { .. }) => value & 1,
        (Type::Bits { width: from_width, signed }, Type::Bits { width, .. }) => {
            let extended = if signed { to_signed(value, from_width) as u128 } else { value };
            extended & mask(width)
        }
    }
}

/// `value[hi:lo]`
pub fn slice(value: u128, hi: u16, lo: u16) -> u128 {
    (value >> lo) & mask(hi - lo + 1)
}

/// `hi ++ lo` where `lo` has `lo_width` bits.
pub fn concat(hi: u128, lo: u128, lo_width: u16) -> u128 {
    if lo_width >= 128 {
        lo
    } else {
        (hi << lo_width) | lo
    }
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
