import type { JsonValue, RecordValues } from '../protocol';

/** A record's key as the app passes it: the key field's value. */
export type RecordKey = string | number;

/**
 * What `createSyncClient<S>()` knows about an app's data at compile time: the record type of each
 * entity, the type of each entity's key and the parameters of each subscription, by name.
 * `syncraft types` writes an `AppSchema` of this shape from the spec; any type of this shape works.
 *
 * @example
 * import type { AppSchema } from './sync-types'; // written by `syncraft types spec.json`
 * const client = await createSyncClient<AppSchema>({ spec, transport, user });
 * const jobs: Job[] = await client.table('Job').query(); // a wrong name or field fails to compile
 */
export interface SchemaTypes {
  /** The record type of each entity, by entity name (the generated `Entities`). */
  readonly entities: object;
  /** The type of each entity's key, by entity name (the generated `EntityKeys`); `string | number` when absent. */
  readonly keys?: object;
  /** The parameters of each subscription, by name (the generated `Subscriptions`); untyped when absent. */
  readonly subscriptions?: object;
}

/** The schema of a client created without a type argument: any entity name, any field, JSON values. */
export interface UntypedSchema {
  readonly entities: Record<string, RecordValues>;
  readonly keys: Record<string, RecordKey>;
  readonly subscriptions: Record<string, Readonly<Record<string, JsonValue>>>;
}

/** The entity names of a schema. */
export type EntityNameOf<S extends SchemaTypes> = Extract<keyof S['entities'], string>;

/** The record type of entity `N`. */
export type RecordOf<S extends SchemaTypes, N extends EntityNameOf<S>> = S['entities'][N] extends object
  ? S['entities'][N]
  : RecordValues;

/** The key type of entity `N` (`string | number` when the schema does not say). */
export type KeyOf<S extends SchemaTypes, N extends EntityNameOf<S>> = S['keys'] extends object
  ? N extends keyof S['keys']
    ? S['keys'][N] extends RecordKey
      ? S['keys'][N]
      : RecordKey
    : RecordKey
  : RecordKey;

/** The subscription names of a schema. */
export type SubscriptionNameOf<S extends SchemaTypes> = S['subscriptions'] extends object
  ? Extract<keyof S['subscriptions'], string>
  : string;

/** The parameters of subscription `N`. */
export type SubscriptionParamsOf<S extends SchemaTypes, N extends string> = S['subscriptions'] extends object
  ? N extends keyof S['subscriptions']
    ? Readonly<S['subscriptions'][N]>
    : never
  : Readonly<Record<string, JsonValue>>;

/** The field names of a record type. */
export type FieldOf<R> = Extract<keyof R, string>;

/** The fields `increment` accepts: counter, number and integer fields (any name on an untyped record). */
export type NumberFieldOf<R> =
  string extends FieldOf<R>
    ? string
    : { [F in FieldOf<R>]-?: NonNullable<R[F]> extends number ? F : never }[FieldOf<R>];

/** The fields `addToSet` and `removeFromSet` accept: string-set fields (any name on an untyped record). */
export type SetFieldOf<R> =
  string extends FieldOf<R>
    ? string
    : { [F in FieldOf<R>]-?: NonNullable<R[F]> extends readonly string[] ? F : never }[FieldOf<R>];

/** The changes `update` accepts: some of the record's fields; an optional field may be `null` (cleared). */
export type ChangesOf<R> = { readonly [F in keyof R]?: R[F] };
