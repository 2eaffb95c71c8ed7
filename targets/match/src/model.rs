//! The match-interface model as data: headers with fields, header instances, actions with typed
//! arguments, tables with field-ref matches, the header graph and the table graph (FACTS.md
//! section 9). Every entity's uid is its position in its list plus one (uid 0 is reserved); the C
//! header (`c_header.rs`) and the JSON (`json.rs`) are two renderings of one [`Model`].

use flowmark_compiler::ir;

/// `NET_MAT_MASK_TYPE_*`: how a match or a jump compares a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MaskType {
    Exact = 1,
    Lpm = 2,
    Mask = 3,
}

impl MaskType {
    pub fn name(self) -> &'static str {
        match self {
            MaskType::Exact => "exact",
            MaskType::Lpm => "lpm",
            MaskType::Mask => "mask",
        }
    }
    pub fn c_name(self) -> &'static str {
        match self {
            MaskType::Exact => "NET_MAT_MASK_TYPE_EXACT",
            MaskType::Lpm => "NET_MAT_MASK_TYPE_LPM",
            MaskType::Mask => "NET_MAT_MASK_TYPE_MASK",
        }
    }
}

/// The value type of a field reference or an action argument: the smallest of u8..u64 that holds
/// the width.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueType {
    U8,
    U16,
    U32,
    U64,
}

impl ValueType {
    /// `None` for widths above 64 (and 0).
    pub fn for_width(width: u32) -> Option<ValueType> {
        match width {
            1..=8 => Some(ValueType::U8),
            9..=16 => Some(ValueType::U16),
            17..=32 => Some(ValueType::U32),
            33..=64 => Some(ValueType::U64),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            ValueType::U8 => "u8",
            ValueType::U16 => "u16",
            ValueType::U32 => "u32",
            ValueType::U64 => "u64",
        }
    }
    /// `NET_MAT_FIELD_REF_ATTR_TYPE_*`
    pub fn field_ref_c_name(self) -> &'static str {
        match self {
            ValueType::U8 => "NET_MAT_FIELD_REF_ATTR_TYPE_U8",
            ValueType::U16 => "NET_MAT_FIELD_REF_ATTR_TYPE_U16",
            ValueType::U32 => "NET_MAT_FIELD_REF_ATTR_TYPE_U32",
            ValueType::U64 => "NET_MAT_FIELD_REF_ATTR_TYPE_U64",
        }
    }
    /// `NET_MAT_ACTION_ARG_TYPE_*`
    pub fn action_arg_c_name(self) -> &'static str {
        match self {
            ValueType::U8 => "NET_MAT_ACTION_ARG_TYPE_U8",
            ValueType::U16 => "NET_MAT_ACTION_ARG_TYPE_U16",
            ValueType::U32 => "NET_MAT_ACTION_ARG_TYPE_U32",
            ValueType::U64 => "NET_MAT_ACTION_ARG_TYPE_U64",
        }
    }
}

/// Where a model header comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderKind {
    /// A P4 header type.
    Packet,
    /// A group of metadata variables (`meta`, `standard_metadata`) that tables match or the table
    /// graph tests.
    Metadata,
    /// `apply_result`: the `hit` bit and `action_run` uid of a table apply, one instance per table;
    /// the table graph's hit/miss and `action_run` conditions test it.
    ApplyResult,
}

impl HeaderKind {
    pub fn name(self) -> &'static str {
        match self {
            HeaderKind::Packet => "packet",
            HeaderKind::Metadata => "metadata",
            HeaderKind::ApplyResult => "apply_result",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub bitwidth: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub name: String,
    pub kind: HeaderKind,
    pub fields: Vec<Field>,
}

/// A header instance: `hdr.ipv4`, `hdr.opts[3]`, the metadata group `meta`, or a table's apply
/// result. Field refs name an instance, its header and a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    pub name: String,
    pub header: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arg {
    pub name: String,
    pub ty: ValueType,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    pub name: String,
    pub args: Vec<Arg>,
    /// The IR action this is.
    pub ir: ir::ActionId,
}

/// One field of one instance, with its width and value type: what a match or a condition names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldKey {
    pub instance: u32,
    pub header: u32,
    pub field: u32,
    pub width: u32,
    pub ty: ValueType,
}

impl FieldKey {
    /// All bits of the field.
    pub fn full_mask(&self) -> u64 {
        if self.width >= 64 {
            u64::MAX
        } else {
            (1u64 << self.width) - 1
        }
    }
}

/// `struct net_mat_field_ref`: a field with a mask type, and for jumps a value and a mask.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldRef {
    pub key: FieldKey,
    pub mask_type: MaskType,
    pub value: u64,
    pub mask: u64,
}

/// A condition: `(field & mask) == value` (value has no bits outside mask).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cond {
    pub key: FieldKey,
    pub value: u64,
    pub mask: u64,
}

impl Cond {
    pub fn new(key: FieldKey, value: u64, mask: u64) -> Cond {
        let mask = mask & key.full_mask();
        Cond { key, value: value & mask, mask }
    }
    /// `self` holding implies `other` holds.
    pub fn implies(&self, other: &Cond) -> bool {
        self.key == other.key && other.mask & !self.mask == 0 && self.value & other.mask == other.value
    }
    /// `self` and `other` cannot both hold.
    pub fn contradicts(&self, other: &Cond) -> bool {
        self.key == other.key && (self.value ^ other.value) & self.mask & other.mask != 0
    }
    pub fn to_ref(self) -> FieldRef {
        let mask_type = if self.mask == self.key.full_mask() { MaskType::Exact } else { MaskType::Mask };
        FieldRef { key: self.key, mask_type, value: self.value, mask: self.mask }
    }
}

/// `struct net_mat_jump_table`: follow to `node` when `field` holds (always when `None`); node 0
/// is "done". A list of jumps is tried in order, the first that holds is taken; no jump holding
/// also means done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Jump {
    pub field: Option<FieldRef>,
    pub node: u32,
}

/// Drop conditional jumps to "done" at the end of a list: no jump holding means done anyway.
pub fn trim_done(jumps: &mut Vec<Jump>) {
    while jumps.last().is_some_and(|j| j.node == 0 && j.field.is_some()) {
        jumps.pop();
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub name: String,
    pub source: u32,
    pub apply_action: u32,
    pub size: u32,
    pub matches: Vec<FieldRef>,
    pub actions: Vec<u32>,
    pub dynamic: bool,
    pub ir: ir::TableId,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderNode {
    /// The parser state (`parse_ipv4`, unrolled `parse_option.2`), or `state/field` for a node
    /// that tests one more field of a multi-field `select`.
    pub name: String,
    /// Header uids extracted here, in order.
    pub hdrs: Vec<u32>,
    /// Instance uids extracted here, in order (JSON only: the C struct has no place for them).
    pub instances: Vec<u32>,
    pub jumps: Vec<Jump>,
}

pub const FLAG_EGRESS_ROOT: u32 = 1;
pub const FLAG_INGRESS_ROOT: u32 = 2;
pub const FLAG_DYNAMIC: u32 = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableNode {
    pub table: u32,
    pub flags: u32,
    pub jumps: Vec<Jump>,
}

/// The whole model of one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    pub program: String,
    pub headers: Vec<Header>,
    pub instances: Vec<Instance>,
    pub actions: Vec<Action>,
    pub tables: Vec<Table>,
    /// The first node is where parsing starts.
    pub header_nodes: Vec<HeaderNode>,
    pub table_nodes: Vec<TableNode>,
}

/// uid of the entity at `index`.
pub fn uid(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

impl Model {
    pub fn table_by_ir(&self, table: ir::TableId) -> Option<(u32, &Table)> {
        self.tables.iter().enumerate().find(|(_, t)| t.ir == table).map(|(i, t)| (uid(i), t))
    }
    pub fn action_by_ir(&self, action: ir::ActionId) -> Option<(u32, &Action)> {
        self.actions.iter().enumerate().find(|(_, a)| a.ir == action).map(|(i, a)| (uid(i), a))
    }
    pub fn header(&self, uid: u32) -> Option<&Header> {
        self.headers.get((uid as usize).checked_sub(1)?)
    }
    pub fn field(&self, header: u32, field: u32) -> Option<&Field> {
        self.header(header)?.fields.get((field as usize).checked_sub(1)?)
    }
    /// `instance.field` as the program names it (`hdr.ipv4.ttl`, `meta.port`, `pipe.t.hit`).
    pub fn instance_field_name(&self, key: &FieldKey) -> String {
        let instance = self.instances.get((key.instance as usize).wrapping_sub(1)).map_or("?", |i| i.name.as_str());
        let field = self.field(key.header, key.field).map_or("?", |f| f.name.as_str());
        format!("{instance}.{field}")
    }
    /// `header.field` as the match CLI names it.
    pub fn field_name(&self, key: &FieldKey) -> String {
        match (self.header(key.header), self.field(key.header, key.field)) {
            (Some(h), Some(f)) => format!("{}.{}", h.name, f.name),
            _ => format!("{}.{}", key.header, key.field),
        }
    }
}
