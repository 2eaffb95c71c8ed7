/* if_match.h for flowmark's tests: the match-interface model structures (FACTS.md section 9),
 * with the names and layouts matchd's own header uses, so that generated models compile against
 * either. Only what a static pipeline model needs is here. */
#ifndef _IF_MATCH_H
#define _IF_MATCH_H

#include <linux/types.h>

/* A field of a header: name, uid, width in bits. */
struct net_mat_field {
	char *name;
	__u32 uid;
	__u32 bitwidth;
};

/* A header: its fields (field_sz of them). */
struct net_mat_hdr {
	char *name;
	__u32 uid;
	__u32 field_sz;
	struct net_mat_field *fields;
};

enum net_mat_action_arg_type {
	NET_MAT_ACTION_ARG_TYPE_UNSPEC,
	NET_MAT_ACTION_ARG_TYPE_NULL,
	NET_MAT_ACTION_ARG_TYPE_U8,
	NET_MAT_ACTION_ARG_TYPE_U16,
	NET_MAT_ACTION_ARG_TYPE_U32,
	NET_MAT_ACTION_ARG_TYPE_U64,
	NET_MAT_ACTION_ARG_TYPE_VARIADIC,
	__NET_MAT_ACTION_ARG_TYPE_VAL_MAX,
};

/* One typed argument of an action (a value only in rules). */
struct net_mat_action_arg {
	char *name;
	enum net_mat_action_arg_type type;
	union {
		__u8 value_u8;
		__u16 value_u16;
		__u32 value_u32;
		__u64 value_u64;
	} v;
};

/* An action: its arguments end with an entry of type UNSPEC. */
struct net_mat_action {
	char *name;
	__u32 uid;
	struct net_mat_action_arg *args;
};

enum {
	NET_MAT_MASK_TYPE_UNSPEC,
	NET_MAT_MASK_TYPE_EXACT,
	NET_MAT_MASK_TYPE_LPM,
	NET_MAT_MASK_TYPE_MASK,
};

enum {
	NET_MAT_FIELD_REF_ATTR_TYPE_UNSPEC,
	NET_MAT_FIELD_REF_ATTR_TYPE_U8,
	NET_MAT_FIELD_REF_ATTR_TYPE_U16,
	NET_MAT_FIELD_REF_ATTR_TYPE_U32,
	NET_MAT_FIELD_REF_ATTR_TYPE_U64,
};

/* A field of a header instance, how it is compared, and (in jumps and rules) value and mask. */
struct net_mat_field_ref {
	__u32 instance;
	__u32 header;
	__u32 field;
	__u32 mask_type;
	__u32 type;
	union {
		struct {
			__u8 value_u8;
			__u8 mask_u8;
		} u8;
		struct {
			__u16 value_u16;
			__u16 mask_u16;
		} u16;
		struct {
			__u32 value_u32;
			__u32 mask_u32;
		} u32;
		struct {
			__u64 value_u64;
			__u64 mask_u64;
		} u64;
	} v;
};

/* A named attribute of a table. */
struct net_mat_named_value {
	char *name;
	__u32 uid;
	__u32 type;
	union {
		__u8 u8;
		__u16 u16;
		__u32 u32;
		__u64 u64;
	} value;
	__u8 write;
};

/* A table: matches end with instance 0, actions (uids) with 0. */
struct net_mat_tbl {
	char *name;
	__u32 uid;
	__u32 source;
	__u32 apply_action;
	__u32 size;
	struct net_mat_field_ref *matches;
	__u32 *actions;
	struct net_mat_named_value *attribs;
};

/* An edge of the header or table graph: taken when field holds (always when the field is all
 * zero); node 0 means done. A list ends with an all-zero entry. */
struct net_mat_jump_table {
	struct net_mat_field_ref field;
	__u32 node;
};

#define NET_MAT_JUMP_TABLE_DONE 0

/* A node of the header graph: the headers it identifies (0-terminated) and its jumps. */
struct net_mat_hdr_node {
	char *name;
	__u32 uid;
	__u32 *hdrs;
	struct net_mat_jump_table *jump;
};

#define NET_MAT_TABLE_EGRESS_ROOT 1
#define NET_MAT_TABLE_INGRESS_ROOT 2
#define NET_MAT_TABLE_DYNAMIC 4

/* A node of the table graph: a table uid, flags and its jumps. */
struct net_mat_tbl_node {
	__u32 uid;
	__u32 flags;
	struct net_mat_jump_table *jump;
};

#endif /* _IF_MATCH_H */
