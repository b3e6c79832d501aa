import {
  type Condition,
  describeCondition,
  ownerField,
  PRIORITIES,
  type Priority,
} from '@syncraft/runtime/spec';
import { useState } from 'react';
import { newId } from '../../graph/ids';
import type { GraphEdge, NodeOf } from '../../graph/types';
import { useDesigner, useDesignerStore } from '../../store/context';
import { Section, Select } from '../controls';

/** The condition a new scope of this entity starts with: its owner field against the signed-in user. */
export function defaultScope(entity: NodeOf<'entity'>['data']): Condition {
  const owner =
    ownerField(entity.fields, entity.key) ??
    entity.fields.find((f) => f.name !== entity.key && (f.type === 'string' || f.type === 'reference'));
  return { field: owner?.name ?? entity.key, op: 'eq', param: 'user.id' };
}

/**
 * What is drawn as connections, editable from the keyboard: the entity's priority lane, its conflict
 * rule, its offline scope and the roles granted access. Each change is the same edit as drawing the
 * connection on the canvas (one undo step).
 */
export function EntityConnections(props: { node: NodeOf<'entity'> }) {
  const { node } = props;
  const store = useDesignerStore();
  const doc = useDesigner((s) => s.document);
  const [grantTo, setGrantTo] = useState<string | undefined>(undefined);
  const into = <K extends GraphEdge['kind']>(kind: K) =>
    doc.edges.filter((e): e is Extract<GraphEdge, { kind: K }> => e.kind === kind && e.target === node.id);
  const priorityEdge = doc.edges.find((e) => e.kind === 'priority' && e.source === node.id);
  const lane = doc.nodes.find((n) => n.id === priorityEdge?.target);
  const ruleEdge = into('rule').find((e) => e.data.field === undefined);
  const rule = doc.nodes.find((n) => n.id === ruleEdge?.source);
  const scopeEdge = into('scope')[0];
  const scope = doc.nodes.find((n) => n.id === scopeEdge?.source);
  const grants = into('permission');
  const roles = doc.nodes.filter((n) => n.kind === 'role');
  const ungranted = roles.filter((r) => !grants.some((g) => g.source === r.id));
  // Centres the card on the canvas and opens it (or its connection) in the inspector.
  const open = (id: string, edge?: string) => {
    store.getState().focusNode(id);
    if (edge) store.getState().select({ nodes: [], edges: [edge] });
  };

  // Adding from here keeps the entity in the inspector (the canvas would select what was added).
  const stay = () => store.getState().select({ nodes: [node.id], edges: [] });

  const setPriority = (priority: Priority | undefined) => {
    const target = doc.nodes.find((n) => n.kind === 'priority' && n.data.priority === priority);
    if (!target || target.id === priorityEdge?.target) return;
    const edge: GraphEdge = {
      id: newId('priority'),
      kind: 'priority',
      source: node.id,
      target: target.id,
      data: {},
    };
    store.getState().connect(edge, priorityEdge && { edges: [priorityEdge.id], nodes: [] });
    stay();
  };
  const addRule = () => {
    const id = newId('conflictRule');
    store.getState().addNode(
      {
        id,
        kind: 'conflictRule',
        position: { x: node.position.x - 260, y: node.position.y },
        data: { rule: { strategy: 'last-writer-wins' } },
      },
      { nodes: [], edges: [{ id: newId('rule'), kind: 'rule', source: id, target: node.id, data: {} }] },
    );
    stay();
  };
  const addScope = () => {
    const id = newId('scope');
    store.getState().addNode(
      {
        id,
        kind: 'scope',
        position: { x: node.position.x - 260, y: node.position.y + 140 },
        data: { condition: defaultScope(node.data) },
      },
      { nodes: [], edges: [{ id: newId('scope'), kind: 'scope', source: id, target: node.id, data: {} }] },
    );
    stay();
  };
  const grant = () => {
    const role = roles.find((r) => r.data.name === grantTo);
    if (!role) return;
    store.getState().connect({
      id: newId('permission'),
      kind: 'permission',
      source: role.id,
      target: node.id,
      data: { actions: ['read'] },
    });
    setGrantTo(undefined);
    stay();
  };

  return (
    <Section title="Connections">
      <Select<Priority>
        label="Sync priority"
        value={lane?.kind === 'priority' ? lane.data.priority : undefined}
        options={PRIORITIES}
        onChange={setPriority}
      />
      <div className="sc-connection-row">
        <span>
          Conflict rule: <strong>{rule?.kind === 'conflictRule' ? rule.data.rule.strategy : 'none'}</strong>
        </span>
        {rule ? (
          <button type="button" className="sc-button sc-button--small" onClick={() => open(rule.id)}>
            Edit rule
          </button>
        ) : (
          <button type="button" className="sc-button sc-button--small" onClick={addRule}>
            Add a rule
          </button>
        )}
      </div>
      <div className="sc-connection-row">
        <span>
          Offline scope:{' '}
          <strong>
            {scope?.kind === 'scope' ? describeCondition(scope.data.condition) : 'every record'}
          </strong>
        </span>
        {scope ? (
          <button type="button" className="sc-button sc-button--small" onClick={() => open(scope.id)}>
            Edit scope
          </button>
        ) : (
          <button type="button" className="sc-button sc-button--small" onClick={addScope}>
            Add a scope
          </button>
        )}
      </div>
      <ul className="sc-connection-list" aria-label="Roles with access">
        {grants.map((g) => {
          const role = roles.find((r) => r.id === g.source);
          return (
            <li key={g.id} className="sc-connection-row">
              <span>
                {role?.data.name ?? '?'}: {g.data.actions.join(', ')}
              </span>
              <button
                type="button"
                className="sc-button sc-button--small"
                onClick={() => open(g.source, g.id)}
              >
                Edit permission
                <span className="sc-visually-hidden"> of {role?.data.name}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {ungranted.length > 0 && (
        <div className="sc-connection-row">
          <Select
            label="Give a role access"
            value={grantTo}
            options={ungranted.map((r) => r.data.name)}
            onChange={setGrantTo}
          />
          <button type="button" className="sc-button sc-button--small" disabled={!grantTo} onClick={grant}>
            Grant read
          </button>
        </div>
      )}
    </Section>
  );
}
