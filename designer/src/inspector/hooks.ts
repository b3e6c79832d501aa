import { useMemo } from 'react';
import type { NodeDataByKind, NodeKind, NodeOf } from '../graph/types';
import { useDesigner, useDesignerShallow } from '../store/context';
import type { ConditionChoices } from './condition/ConditionBuilder';
import { conditionChoices, type RelationModel, relationModel } from './condition/relation-choices';

/** Saves a node's new data; edits of the same control merge into one undo step. */
export function useNodeEdit<K extends NodeKind>(node: NodeOf<K>) {
  const dispatch = useDesigner((s) => s.dispatch);
  return (data: NodeDataByKind[K], control: string) =>
    dispatch({ type: 'setNodeData', id: node.id, data }, { mergeKey: `${node.id}:${control}` });
}

/** Names of the document's entities, in order. */
export function useEntityNames(): string[] {
  return useDesignerShallow((s) =>
    s.document.nodes.flatMap((n) => (n.kind === 'entity' ? [n.data.name] : [])),
  );
}

/** Names of the document's roles, in order. */
export function useRoleNames(): string[] {
  return useDesignerShallow((s) => s.document.nodes.flatMap((n) => (n.kind === 'role' ? [n.data.name] : [])));
}

/** Names of the declared parameters. */
export function useParamNames(): string[] {
  return useDesignerShallow((s) => s.document.parameters.map((p) => p.name));
}

/** The diagnostics that belong to one node or edge, for the inspector's problem list. */
export function useOwnDiagnostics(id: string) {
  return useDesignerShallow((s) => {
    const { compiled } = s;
    if (!compiled.issues[id]) return [];
    return compiled.diagnostics.filter((d) => {
      if (d.nodeId !== undefined) return d.nodeId === id;
      let ptr = d.pointer;
      for (;;) {
        const owner = compiled.owners.get(ptr);
        if (owner) return owner.id === id;
        const cut = ptr.lastIndexOf('/');
        if (cut <= 0) return false;
        ptr = ptr.slice(0, cut);
      }
    });
  });
}

/** The drawing's entities, relations, parameters and roles, as plain data that changes only when they do. */
export function useRelationModel(): RelationModel {
  const model = useDesigner((s) => JSON.stringify(relationModel(s.document)));
  return useMemo(() => JSON.parse(model) as RelationModel, [model]);
}

/**
 * What the condition builder offers for a condition on `entity`: its fields, parameters, roles and
 * the relation hops of the drawing. The drawing is read as plain data, compared as text, so moving
 * a card does not render the inspector again.
 */
export function useConditionChoices(entity: string | undefined): ConditionChoices {
  const model = useRelationModel();
  return useMemo(() => conditionChoices(model, entity ?? ''), [model, entity]);
}
