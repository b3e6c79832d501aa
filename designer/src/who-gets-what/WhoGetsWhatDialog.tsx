import { describeCondition } from '@syncraft/runtime/spec';
import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import { useDesigner, useDesignerStore } from '../store/context';
import { applyChoices, currentChoices, type Reach, type ReachChoice, reachOptions } from './plan';
import './who-gets-what.css';

const REACH_LABEL: Record<Reach, string> = {
  mine: 'Mine',
  team: "My team's",
  all: 'Everything they may read',
  none: 'Nothing',
};

/**
 * The guided "who gets what offline" step for one role: per entity, mine / my team's / everything /
 * nothing, and whether the role may edit; applying draws the grants and their scopes (through
 * relations where the entity has no owner of its own) as one undo step.
 * Test ids: `who-gets-what`, `reach-<Entity>-<reach>`, `edit-<Entity>`, `who-gets-what-apply`.
 */
export function WhoGetsWhatDialog(props: { open: boolean; onClose: () => void; roleId: string }) {
  return (
    <Dialog
      open={props.open}
      title="Who gets what offline"
      onClose={props.onClose}
      testId="who-gets-what"
      wide
    >
      <Choices roleId={props.roleId} onDone={props.onClose} />
    </Dialog>
  );
}

function Choices(props: { roleId: string; onDone: () => void }) {
  const store = useDesignerStore();
  const doc = useDesigner((s) => s.document);
  const role = doc.nodes.find((n) => n.id === props.roleId);
  const [choices, setChoices] = useState<ReachChoice[]>(() => currentChoices(doc, props.roleId));
  const set = (entity: string, change: Partial<ReachChoice>) =>
    setChoices((all) => all.map((c) => (c.entity === entity ? { ...c, ...change } : c)));
  if (role?.kind !== 'role') return null;
  if (choices.length === 0) return <p>Add an entity first: there is nothing to take offline yet.</p>;
  const apply = () => {
    const next = applyChoices(store.getState().document, props.roleId, choices);
    store
      .getState()
      .dispatch({ type: 'replaceDocument', document: next, label: `offline reach of ${role.data.name}` });
    props.onDone();
  };
  return (
    <>
      <p>
        What does a <strong>{role.data.name}</strong> keep on their device? “Mine” and “my team's” use the
        field that says whose a record is (or the record it belongs to); the server enforces the same limits.
      </p>
      <table className="sc-reach">
        <thead>
          <tr>
            <th scope="col">Entity</th>
            <th scope="col">On the device</th>
            <th scope="col">May edit</th>
          </tr>
        </thead>
        <tbody>
          {choices.map((choice) => {
            const entity = doc.nodes.find((n) => n.kind === 'entity' && n.data.name === choice.entity);
            const options = entity ? reachOptions(doc, entity.id) : {};
            const condition = { mine: options.mine, team: options.team?.condition } as const;
            return (
              <tr key={choice.entity}>
                <th scope="row">{choice.entity}</th>
                <td>
                  <fieldset className="sc-reach__options">
                    <legend className="sc-visually-hidden">What {choice.entity} records go offline</legend>
                    {(['mine', 'team', 'all', 'none'] as const).map((reach) => {
                      const unavailable = (reach === 'mine' || reach === 'team') && !condition[reach];
                      const scope = reach === 'mine' || reach === 'team' ? condition[reach] : undefined;
                      return (
                        <label
                          key={reach}
                          className={unavailable ? 'sc-reach__option is-unavailable' : 'sc-reach__option'}
                        >
                          <input
                            type="radio"
                            name={`reach-${choice.entity}`}
                            data-testid={`reach-${choice.entity}-${reach}`}
                            checked={choice.reach === reach}
                            disabled={unavailable}
                            onChange={() =>
                              set(choice.entity, { reach, ...(reach === 'none' && { edit: false }) })
                            }
                          />
                          {REACH_LABEL[reach]}
                          {scope && <span className="sc-reach__scope">{describeCondition(scope)}</span>}
                        </label>
                      );
                    })}
                  </fieldset>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${role.data.name} may create and edit ${choice.entity}`}
                    data-testid={`edit-${choice.entity}`}
                    checked={choice.edit}
                    disabled={choice.reach === 'none'}
                    onChange={(e) => set(choice.entity, { edit: e.currentTarget.checked })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="sc-field__hint">
        “Mine” needs a field such as <code>assigneeId</code> or <code>ownerId</code>; “my team's” a field such
        as <code>region</code> or <code>teamId</code>, compared with the same claim of the user's sign-in
        token.
      </p>
      <div className="sc-reach__actions">
        <button type="button" className="sc-button" onClick={props.onDone}>
          Cancel
        </button>
        <button
          type="button"
          className="sc-button sc-button--primary"
          data-testid="who-gets-what-apply"
          onClick={apply}
        >
          Apply
        </button>
      </div>
    </>
  );
}
