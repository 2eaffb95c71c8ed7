/* Walks a generated match-interface model (headers, actions, tables, header graph, table graph)
 * through its zero-terminated lists and prints it, one line per entity, in the form the Rust test
 * also renders from the model's JSON. Build with
 *   cc -Wall -Werror -I<dir of if_match.h> -I<dir of the model> -DPREFIX=router \
 *      -DMODEL_HEADER='"router_model.h"' walk_model.c
 * Exits 1 when a list is malformed (a count that disagrees with its terminator). */
#include <stdio.h>
#include "if_match.h"
#include MODEL_HEADER

#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define LIST(suffix) XCAT(PREFIX, suffix)

static int failed;

static unsigned long long ref_value(const struct net_mat_field_ref *r, int mask)
{
	switch (r->type) {
	case NET_MAT_FIELD_REF_ATTR_TYPE_U8:
		return mask ? r->v.u8.mask_u8 : r->v.u8.value_u8;
	case NET_MAT_FIELD_REF_ATTR_TYPE_U16:
		return mask ? r->v.u16.mask_u16 : r->v.u16.value_u16;
	case NET_MAT_FIELD_REF_ATTR_TYPE_U32:
		return mask ? r->v.u32.mask_u32 : r->v.u32.value_u32;
	case NET_MAT_FIELD_REF_ATTR_TYPE_U64:
		return mask ? r->v.u64.mask_u64 : r->v.u64.value_u64;
	default:
		failed = 1;
		return 0;
	}
}

static void print_jumps(const struct net_mat_jump_table *jump)
{
	if (!jump) {
		printf("  no jump list\n");
		failed = 1;
		return;
	}
	/* The list ends with an all-zero entry; a conditional jump to node 0 means "done". */
	for (; jump->node || jump->field.instance; jump++) {
		const struct net_mat_field_ref *f = &jump->field;

		if (f->instance)
			printf("  jump %u.%u.%u %u %u 0x%llx/0x%llx -> %u\n", f->instance, f->header, f->field,
			       f->mask_type, f->type, ref_value(f, 0), ref_value(f, 1), jump->node);
		else
			printf("  jump * -> %u\n", jump->node);
	}
}

int main(void)
{
	struct net_mat_hdr **headers = LIST(_headers);
	struct net_mat_action **actions = LIST(_actions);
	struct net_mat_tbl **tables = LIST(_tables);
	struct net_mat_hdr_node **hdr_nodes = LIST(_hdr_nodes);
	struct net_mat_tbl_node **tbl_nodes = LIST(_tbl_nodes);
	unsigned int i, j;

	for (i = 0; headers[i]; i++) {
		const struct net_mat_hdr *h = headers[i];

		printf("header %u %s\n", h->uid, h->name);
		for (j = 0; h->fields[j].uid; j++)
			printf("  field %u %s %u\n", h->fields[j].uid, h->fields[j].name, h->fields[j].bitwidth);
		if (j != h->field_sz) {
			printf("  field_sz %u but %u fields\n", h->field_sz, j);
			failed = 1;
		}
	}
	for (i = 0; actions[i]; i++) {
		const struct net_mat_action *a = actions[i];

		printf("action %u %s\n", a->uid, a->name);
		for (j = 0; a->args && a->args[j].type != NET_MAT_ACTION_ARG_TYPE_UNSPEC; j++)
			printf("  arg %s %u\n", a->args[j].name, (unsigned int)a->args[j].type);
	}
	for (i = 0; tables[i]; i++) {
		const struct net_mat_tbl *t = tables[i];

		printf("table %u %s source %u apply %u size %u\n", t->uid, t->name, t->source, t->apply_action,
		       t->size);
		for (j = 0; t->matches && t->matches[j].instance; j++)
			printf("  match %u.%u.%u %u %u\n", t->matches[j].instance, t->matches[j].header,
			       t->matches[j].field, t->matches[j].mask_type, t->matches[j].type);
		for (j = 0; t->actions && t->actions[j]; j++)
			printf("  action %u\n", t->actions[j]);
	}
	for (i = 0; hdr_nodes[i]; i++) {
		const struct net_mat_hdr_node *n = hdr_nodes[i];

		printf("hnode %u %s\n", n->uid, n->name);
		for (j = 0; n->hdrs && n->hdrs[j]; j++)
			printf("  hdr %u\n", n->hdrs[j]);
		print_jumps(n->jump);
	}
	for (i = 0; tbl_nodes[i]; i++) {
		const struct net_mat_tbl_node *n = tbl_nodes[i];

		printf("tnode %u flags %u\n", n->uid, n->flags);
		print_jumps(n->jump);
	}
	return failed;
}
