import type { Condition } from '@syncraft/runtime/spec';
import { membershipCondition, membershipOptions, optionOf, readMembership } from '../condition/membership';
import { Select } from '../controls';
import { useRelationModel } from '../hooks';

const keyOf = (hop: { name: string; via?: string | undefined }) =>
  hop.via === undefined ? hop.name : `${hop.name}/${hop.via}`;

/**
 * "Access granted by records": makes a permission's scope "some <membership> record points at this
 * one and holds the signed-in user", the spec's `exists` form. Choosing "nobody's records" takes
 * the membership away again.
 */
export function MembershipGrant(props: {
  entity: string;
  scope: Condition | undefined;
  onChange: (scope: Condition | undefined) => void;
}) {
  const model = useRelationModel();
  const options = membershipOptions(model, props.entity);
  const current = readMembership(props.scope);
  const chosen = current ? optionOf(options, current) : undefined;
  if (options.length === 0) {
    return (
      <p className="sc-field__hint">
        To grant {props.entity} records through membership or share records, add an entity with a reference
        field to {props.entity} and a field that holds the user.
      </p>
    );
  }
  return (
    <div className="sc-membership" data-testid="membership-grant">
      <Select
        label="Granted by records"
        hint={
          chosen && current
            ? `A ${chosen.hop.target} record that points at the ${props.entity} and whose ${current.userField} is the signed-in user gives this role access to it.`
            : 'Choose a membership or share entity: its records then decide who may see and change each record.'
        }
        value={chosen ? keyOf(chosen.hop) : undefined}
        allowEmpty={
          current && !chosen ? `${current.exists} (not in this drawing)` : 'none: not through records'
        }
        options={options.map((o) => ({ value: keyOf(o.hop), label: o.hop.label }))}
        onChange={(key) => {
          const next = options.find((o) => keyOf(o.hop) === key);
          if (!next) {
            props.onChange(current ? undefined : props.scope);
            return;
          }
          const userField =
            current && next.userFields.includes(current.userField) ? current.userField : next.userFields[0];
          props.onChange(
            membershipCondition({
              exists: next.hop.name,
              ...(next.hop.via !== undefined && { via: next.hop.via }),
              userField: userField ?? 'userId',
              extra: current?.extra ?? [],
            }),
          );
        }}
      />
      {chosen && current ? (
        <Select
          label="Field holding the user"
          value={current.userField}
          options={chosen.userFields}
          onChange={(userField) =>
            props.onChange(membershipCondition({ ...current, userField: userField ?? current.userField }))
          }
        />
      ) : null}
    </div>
  );
}
