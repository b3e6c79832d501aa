// @ts-nocheck -- generated JavaScript; its exports are typed below.
/*
 * Generated from src/spec/schema.ts by `pnpm --filter @syncraft/runtime gen` (ajv standalone code). Do not edit.
 *
 * The spec's JSON Schema compiled ahead of time, so nothing compiles or evaluates code at run time
 * (the designer runs under a content security policy without 'unsafe-eval'). Options: Ajv2020 with
 * allErrors, verbose, discriminator, strict (strictRequired off), allowUnionTypes.
 */
import type { ErrorObject } from 'ajv';
import func1Module from 'ajv/dist/runtime/ucs2length.js';
import func0Module from 'ajv/dist/runtime/equal.js';

/**
 * A precompiled schema check: true when `data` is valid; otherwise `errors` lists every failure,
 * with `schema` and `parentSchema` (verbose) for the messages.
 */
export interface SchemaCheck {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const sharedSchema0 = {"type":"string","maxLength":2000};
const sharedSchema1 = {"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]{0,63}$","description":"A name made of letters, digits and underscores, starting with a letter (at most 64)."};
const sharedSchema2 = {"type":"boolean","description":"A record cannot be saved without this field."};
const sharedSchema3 = {"type":"array","items":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,31}$"},"uniqueItems":true,"description":"Labels for governance policies, for example `personal-data`."};
const sharedSchema4 = {"$ref":"#/$defs/ConflictRule","description":"Overrides the entity conflict rule for this field."};
const sharedSchema5 = {"enum":["critical","high","normal","low"]};
const sharedSchema6 = {"$ref":"#/$defs/Duration"};
const sharedSchema7 = {"type":"string","maxLength":2000,"description":"Why this rule was chosen, for reviewers."};
const sharedSchema8 = {"type":["string","number","boolean","null"]};
const sharedSchema9 = {"enum":["allow","queue","block"],"description":"allow: save locally and sync; queue: save locally, sync later; block: refuse the change."};
export const root: SchemaCheck = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:syncraft:spec:v1","title":"SyncSpec","description":"Syncraft sync spec v1: what lives on the device, what syncs first, and how conflicts resolve.","type":"object","properties":{"$schema":{"type":"string"},"specVersion":{"const":1,"description":"The version of the spec format itself."},"app":{"$ref":"#/$defs/AppInfo"},"parameters":{"type":"array","items":{"$ref":"#/$defs/Parameter"},"maxItems":100,"description":"Values a scope can compare with, besides the built-in `user.id` and `user.roles`."},"roles":{"type":"array","items":{"$ref":"#/$defs/Role"},"minItems":1,"maxItems":200},"entities":{"type":"array","items":{"$ref":"#/$defs/Entity"},"minItems":1,"maxItems":5000},"offlineStates":{"$ref":"#/$defs/OfflineStates"},"retry":{"$ref":"#/$defs/RetryPolicy"}},"required":["specVersion","app","roles","entities","offlineStates","retry"],"additionalProperties":false,"$defs":{"Duration":{"title":"Duration","type":"string","pattern":"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$","description":"A duration such as `500ms`, `30s`, `15m`, `12h`, `30d` or `2w`."},"ParamName":{"title":"ParamName","type":"string","pattern":"^(user\\.id|user\\.roles|[A-Za-z][A-Za-z0-9_]{0,63})$","description":"`user.id`, `user.roles`, or the name of a declared parameter."},"AppInfo":{"title":"AppInfo","type":"object","properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9-]{1,62}$","description":"Lower-case letters, digits and dashes, e.g. `field-service`."},"name":{"type":"string","minLength":1,"maxLength":200},"version":{"type":"string","pattern":"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$","description":"Semantic version, e.g. `1.4.0`."},"description":sharedSchema0,"owner":{"type":"string","minLength":1,"maxLength":200,"description":"Team or person responsible."}},"required":["id","name","version"],"additionalProperties":false},"Parameter":{"title":"Parameter","type":"object","properties":{"name":sharedSchema1,"type":{"enum":["string","number","boolean","string-list"]},"description":sharedSchema0,"claim":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$","description":"The token claim the server reads this parameter from (defaults to the name)."}},"required":["name","type"],"additionalProperties":false},"Role":{"title":"Role","type":"object","properties":{"name":sharedSchema1,"description":sharedSchema0,"permissions":{"type":"array","items":{"$ref":"#/$defs/Permission"}}},"required":["name","permissions"],"additionalProperties":false},"Permission":{"title":"Permission","type":"object","properties":{"entity":sharedSchema1,"actions":{"type":"array","items":{"enum":["read","create","update","delete"]},"uniqueItems":true,"minItems":1},"writableFields":{"type":"array","items":sharedSchema1,"uniqueItems":true,"description":"When set, the role may change only these fields."},"hiddenFields":{"type":"array","items":sharedSchema1,"uniqueItems":true,"description":"Fields this role never receives."},"scope":{"$ref":"#/$defs/Condition","description":"Limits this role to the records that match, on top of the entity scope."}},"required":["entity","actions"],"additionalProperties":false},"Entity":{"title":"Entity","type":"object","properties":{"name":sharedSchema1,"description":sharedSchema0,"key":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]{0,63}$","description":"The field that identifies a record."},"fields":{"type":"array","items":{"$ref":"#/$defs/Field"},"minItems":1,"maxItems":500},"indexes":{"type":"array","items":{"$ref":"#/$defs/Index"},"maxItems":50},"relations":{"type":"array","items":{"$ref":"#/$defs/Relation"},"maxItems":100},"offline":{"$ref":"#/$defs/OfflineBehaviour"},"sync":{"$ref":"#/$defs/SyncSettings"},"conflict":{"$ref":"#/$defs/ConflictRule"}},"required":["name","key","fields","offline","sync","conflict"],"additionalProperties":false},"Field":{"title":"Field","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"title":"StringField","type":"object","properties":{"type":{"const":"string"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4,"maxLength":{"type":"integer","minimum":1,"maximum":1000000},"default":{"type":"string"}},"required":["type","name"],"additionalProperties":false},{"title":"TextField","type":"object","properties":{"type":{"const":"text"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4,"maxLength":{"type":"integer","minimum":1,"maximum":10000000},"default":{"type":"string"}},"required":["type","name"],"additionalProperties":false},{"title":"NumberField","type":"object","properties":{"type":{"const":"number"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4,"minimum":{"type":"number"},"maximum":{"type":"number"},"default":{"type":"number"}},"required":["type","name"],"additionalProperties":false},{"title":"IntegerField","type":"object","properties":{"type":{"const":"integer"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4,"minimum":{"type":"integer"},"maximum":{"type":"integer"},"default":{"type":"integer"}},"required":["type","name"],"additionalProperties":false},{"title":"BooleanField","type":"object","properties":{"type":{"const":"boolean"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4,"default":{"type":"boolean"}},"required":["type","name"],"additionalProperties":false},{"title":"DatetimeField","type":"object","properties":{"type":{"const":"datetime"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4},"required":["type","name"],"additionalProperties":false},{"title":"EnumField","type":"object","properties":{"type":{"const":"enum"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4,"values":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true},"default":{"type":"string"}},"required":["type","name","values"],"additionalProperties":false},{"title":"ReferenceField","type":"object","properties":{"type":{"const":"reference"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4,"entity":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]{0,63}$","description":"The entity this field points to (its key)."}},"required":["type","name","entity"],"additionalProperties":false},{"title":"CounterField","type":"object","properties":{"type":{"const":"counter"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4,"default":{"type":"integer"}},"required":["type","name"],"additionalProperties":false},{"title":"StringSetField","type":"object","properties":{"type":{"const":"string-set"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4,"maxItems":{"type":"integer","minimum":1,"maximum":100000}},"required":["type","name"],"additionalProperties":false},{"title":"JsonField","type":"object","properties":{"type":{"const":"json"},"name":sharedSchema1,"description":sharedSchema0,"required":sharedSchema2,"tags":sharedSchema3,"conflict":sharedSchema4},"required":["type","name"],"additionalProperties":false}]},"Index":{"title":"Index","type":"object","properties":{"fields":{"type":"array","items":sharedSchema1,"uniqueItems":true,"minItems":1,"maxItems":8},"unique":{"type":"boolean"}},"required":["fields"],"additionalProperties":false},"Relation":{"title":"Relation","type":"object","properties":{"name":sharedSchema1,"kind":{"enum":["many-to-one","one-to-many"],"description":"many-to-one: this entity holds `field`; one-to-many: the other entity holds it."},"entity":sharedSchema1,"field":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]{0,63}$","description":"The reference field that links the two entities."},"onDelete":{"enum":["cascade","restrict","set-null","keep"],"description":"What happens to the many side when the one side is deleted."}},"required":["name","kind","entity","field","onDelete"],"additionalProperties":false},"OfflineBehaviour":{"title":"OfflineBehaviour","type":"object","properties":{"availability":{"enum":["read-write","read-only","online-only"],"description":"read-write: usable offline; read-only: readable offline; online-only: never stored."},"scope":{"$ref":"#/$defs/Condition","description":"Which records this device keeps. Without it, every record the user may read."},"maxRecords":{"type":"integer","minimum":1,"maximum":10000000},"retention":{"$ref":"#/$defs/Duration","description":"How long synced records stay on the device. Unsynced changes are never purged."},"encrypt":{"type":"array","items":sharedSchema1,"uniqueItems":true,"description":"Fields stored encrypted on the device."}},"required":["availability"],"additionalProperties":false},"SyncSettings":{"title":"SyncSettings","type":"object","properties":{"priority":sharedSchema5,"direction":{"enum":["push","pull","both"],"description":"push: device to server only; pull: server to device only; both."},"batchSize":{"type":"integer","minimum":1,"maximum":1000},"coalesce":{"type":"boolean","description":"Combine consecutive unsent edits of one record into one change (default true)."},"schedule":{"$ref":"#/$defs/Schedule"}},"required":["priority","direction"],"additionalProperties":false},"Schedule":{"title":"Schedule","type":"object","properties":{"onReconnect":{"type":"boolean"},"onAppStart":{"type":"boolean"},"interval":sharedSchema6},"additionalProperties":false},"ConflictRule":{"title":"ConflictRule","type":"object","required":["strategy"],"discriminator":{"propertyName":"strategy"},"oneOf":[{"title":"LastWriterWinsRule","type":"object","properties":{"strategy":{"const":"last-writer-wins"},"description":sharedSchema7},"required":["strategy"],"additionalProperties":false},{"title":"ServerWinsRule","type":"object","properties":{"strategy":{"const":"server-wins"},"description":sharedSchema7},"required":["strategy"],"additionalProperties":false},{"title":"ClientWinsRule","type":"object","properties":{"strategy":{"const":"client-wins"},"description":sharedSchema7},"required":["strategy"],"additionalProperties":false},{"title":"FieldMergeRule","type":"object","properties":{"strategy":{"const":"field-merge"},"description":sharedSchema7},"required":["strategy"],"additionalProperties":false},{"title":"CounterRule","type":"object","properties":{"strategy":{"const":"counter"},"description":sharedSchema7},"required":["strategy"],"additionalProperties":false},{"title":"SetUnionRule","type":"object","properties":{"strategy":{"const":"set-union"},"description":sharedSchema7},"required":["strategy"],"additionalProperties":false},{"title":"MaxRule","type":"object","properties":{"strategy":{"const":"max"},"description":sharedSchema7},"required":["strategy"],"additionalProperties":false},{"title":"MinRule","type":"object","properties":{"strategy":{"const":"min"},"description":sharedSchema7},"required":["strategy"],"additionalProperties":false},{"title":"EnumPrecedenceRule","type":"object","properties":{"strategy":{"const":"enum-precedence"},"description":sharedSchema7,"order":{"type":"array","items":{"type":"string","minLength":1},"minItems":2,"uniqueItems":true,"description":"Enum values from strongest to weakest: the earlier value wins a conflict."}},"required":["strategy","order"],"additionalProperties":false},{"title":"ManualRule","type":"object","properties":{"strategy":{"const":"manual"},"description":sharedSchema7,"interim":{"enum":["server","client","last-writer-wins"],"description":"Which version the app shows until a person decides."},"prompt":{"type":"string","maxLength":500,"description":"What the app tells the person who decides."}},"required":["strategy","interim"],"additionalProperties":false}]},"Condition":{"title":"Condition","type":"object","oneOf":[{"$ref":"#/$defs/AllCondition"},{"$ref":"#/$defs/AnyCondition"},{"$ref":"#/$defs/NotCondition"},{"$ref":"#/$defs/ComparisonCondition"},{"$ref":"#/$defs/PresenceCondition"},{"$ref":"#/$defs/TimeWindowCondition"},{"$ref":"#/$defs/RoleCondition"}]},"AllCondition":{"title":"AllCondition","type":"object","properties":{"all":{"type":"array","items":{"$ref":"#/$defs/Condition"},"minItems":1}},"required":["all"],"additionalProperties":false},"AnyCondition":{"title":"AnyCondition","type":"object","properties":{"any":{"type":"array","items":{"$ref":"#/$defs/Condition"},"minItems":1}},"required":["any"],"additionalProperties":false},"NotCondition":{"title":"NotCondition","type":"object","properties":{"not":{"$ref":"#/$defs/Condition"}},"required":["not"],"additionalProperties":false},"ComparisonCondition":{"title":"ComparisonCondition","type":"object","description":"Compares a field with a fixed value or with a parameter such as `user.id`.","properties":{"field":sharedSchema1,"op":{"enum":["eq","ne","lt","lte","gt","gte","in","not-in","contains"]},"value":{"oneOf":[sharedSchema8,{"type":"array","items":sharedSchema8,"maxItems":1000}]},"param":{"$ref":"#/$defs/ParamName"}},"required":["field","op"],"oneOf":[{"required":["value"]},{"required":["param"]}],"additionalProperties":false},"PresenceCondition":{"title":"PresenceCondition","type":"object","description":"True when the field has (or has not) a value.","properties":{"field":sharedSchema1,"op":{"enum":["is-set","is-not-set"]}},"required":["field","op"],"additionalProperties":false},"TimeWindowCondition":{"title":"TimeWindowCondition","type":"object","description":"True when a datetime field lies between `past` before now and `future` after now.","properties":{"field":sharedSchema1,"within":{"type":"object","properties":{"past":sharedSchema6,"future":sharedSchema6},"minProperties":1,"additionalProperties":false}},"required":["field","within"],"additionalProperties":false},"RoleCondition":{"title":"RoleCondition","type":"object","description":"True when the signed-in user has this role.","properties":{"role":sharedSchema1},"required":["role"],"additionalProperties":false},"OfflineStates":{"title":"OfflineStates","type":"object","properties":{"initial":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]{0,63}$","description":"The state the app starts in."},"states":{"type":"array","items":{"$ref":"#/$defs/OfflineState"},"minItems":1,"maxItems":50},"transitions":{"type":"array","items":{"$ref":"#/$defs/Transition"},"maxItems":500}},"required":["initial","states","transitions"],"additionalProperties":false},"OfflineState":{"title":"OfflineState","type":"object","properties":{"name":sharedSchema1,"description":sharedSchema0,"network":{"enum":["online","limited","offline"],"description":"What the network is like in this state; at least one state must be online."},"sync":{"type":"object","properties":{"enabled":{"type":"boolean"},"priorities":{"type":"array","items":sharedSchema5,"uniqueItems":true,"minItems":1},"entities":{"type":"array","items":sharedSchema1,"uniqueItems":true,"minItems":1}},"required":["enabled"],"additionalProperties":false},"writes":sharedSchema9,"entityWrites":{"type":"array","items":{"type":"object","properties":{"entity":sharedSchema1,"writes":sharedSchema9},"required":["entity","writes"],"additionalProperties":false},"description":"Per-entity exceptions to `writes`."}},"required":["name","network","sync","writes"],"additionalProperties":false},"Transition":{"title":"Transition","type":"object","properties":{"from":{"type":"string","pattern":"^(\\*|[A-Za-z][A-Za-z0-9_]{0,63})$","description":"A state name, or `*` for any state."},"event":{"enum":["connection-lost","connection-restored","connection-metered","heartbeat-failed","sync-started","sync-succeeded","sync-failed","battery-low","battery-ok","user-action"]},"action":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]{0,63}$","description":"For `user-action`: the name of the action."},"to":sharedSchema1},"required":["from","event","to"],"additionalProperties":false},"RetryPolicy":{"title":"RetryPolicy","type":"object","properties":{"initialDelay":sharedSchema6,"maxDelay":sharedSchema6,"multiplier":{"type":"number","minimum":1,"maximum":10},"jitter":{"enum":["full","equal","none"],"description":"full: a random wait up to the backoff; equal: half fixed, half random."},"maxAttempts":{"type":"integer","minimum":1,"maximum":1000}},"required":["initialDelay","maxDelay","multiplier","jitter","maxAttempts"],"additionalProperties":false}}};
const schema32 = schema31["$defs"]["AppInfo"];
const schema33 = schema31["$defs"]["Parameter"];
const pattern4 = new RegExp("^[a-z][a-z0-9-]{1,62}$", "u");
const pattern5 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$", "u");
const pattern6 = new RegExp("^[A-Za-z][A-Za-z0-9_]{0,63}$", "u");
const pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$", "u");
const func1 = typeof func1Module === 'function' ? func1Module : func1Module.default;
const schema34 = schema31["$defs"]["Role"];
const schema35 = schema31["$defs"]["Permission"];
const func0 = typeof func0Module === 'function' ? func0Module : func0Module.default;
const schema36 = schema31["$defs"]["Condition"];
const schema42 = schema31["$defs"]["PresenceCondition"];
const schema46 = schema31["$defs"]["RoleCondition"];
const schema37 = schema31["$defs"]["AllCondition"];
const wrapper0 = {validate: validate23};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.all === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "all"},message:"must have required property '"+"all"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "all")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.all !== undefined){
let data0 = data.all;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema37.properties.all,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data0[i0], {instancePath:instancePath+"/all/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.all.type,parentSchema:schema37.properties.all,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = schema31["$defs"]["AnyCondition"];

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.any === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "any"},message:"must have required property '"+"any"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "any")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.any !== undefined){
let data0 = data.any;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.any,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data0[i0], {instancePath:instancePath+"/any/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.any.type,parentSchema:schema38.properties.any,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = schema31["$defs"]["NotCondition"];

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.not === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "not"},message:"must have required property '"+"not"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "not")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.not !== undefined){
if(!(wrapper0.validate(data.not, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = schema31["$defs"]["ComparisonCondition"];
const schema41 = schema31["$defs"]["ParamName"];
const pattern13 = new RegExp("^(user\\.id|user\\.roles|[A-Za-z][A-Za-z0-9_]{0,63})$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema40.oneOf[0].required,parentSchema:schema40.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.param === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "param"},message:"must have required property '"+"param"+"'",schema:schema40.oneOf[1].required,parentSchema:schema40.oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema40.oneOf,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.op === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "field") || (key0 === "op")) || (key0 === "value")) || (key0 === "param"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema40.properties.field,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.field.type,parentSchema:schema40.properties.field,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(!(((((((((data1 === "eq") || (data1 === "ne")) || (data1 === "lt")) || (data1 === "lte")) || (data1 === "gt")) || (data1 === "gte")) || (data1 === "in")) || (data1 === "not-in")) || (data1 === "contains"))){
const err8 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema40.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.op.enum,parentSchema:schema40.properties.op,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.value !== undefined){
let data2 = data.value;
const _errs9 = errors;
let valid2 = false;
let passing1 = null;
const _errs10 = errors;
if((((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")) && (data2 !== null)){
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/oneOf/0/type",keyword:"type",params:{type: schema40.properties.value.oneOf[0].type},message:"must be string,number,boolean,null",schema:schema40.properties.value.oneOf[0].type,parentSchema:schema40.properties.value.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs10 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs12 = errors;
if(Array.isArray(data2)){
if(data2.length > 1000){
const err10 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema40.properties.value.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")) && (data3 !== null)){
const err11 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/properties/value/oneOf/1/items/type",keyword:"type",params:{type: schema40.properties.value.oneOf[1].items.type},message:"must be string,number,boolean,null",schema:schema40.properties.value.oneOf[1].items.type,parentSchema:schema40.properties.value.oneOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.value.oneOf[1].type,parentSchema:schema40.properties.value.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs12 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err13 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema40.properties.value.oneOf,parentSchema:schema40.properties.value,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.param !== undefined){
let data4 = data.param;
if(typeof data4 === "string"){
if(!pattern13.test(data4)){
const err14 = {instancePath:instancePath+"/param",schemaPath:"#/$defs/ParamName/pattern",keyword:"pattern",params:{pattern: "^(user\\.id|user\\.roles|[A-Za-z][A-Za-z0-9_]{0,63})$"},message:"must match pattern \""+"^(user\\.id|user\\.roles|[A-Za-z][A-Za-z0-9_]{0,63})$"+"\"",schema:"^(user\\.id|user\\.roles|[A-Za-z][A-Za-z0-9_]{0,63})$",parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/param",schemaPath:"#/$defs/ParamName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = schema31["$defs"]["TimeWindowCondition"];
const schema44 = schema31["$defs"]["Duration"];
const pattern16 = new RegExp("^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.within === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "within"},message:"must have required property '"+"within"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "field") || (key0 === "within"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema43.properties.field,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.field.type,parentSchema:schema43.properties.field,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.within !== undefined){
let data1 = data.within;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err5 = {instancePath:instancePath+"/within",schemaPath:"#/properties/within/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema43.properties.within,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "past") || (key1 === "future"))){
const err6 = {instancePath:instancePath+"/within",schemaPath:"#/properties/within/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.within,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.past !== undefined){
let data2 = data1.past;
if(typeof data2 === "string"){
if(!pattern16.test(data2)){
const err7 = {instancePath:instancePath+"/within/past",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"+"\"",schema:"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$",parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/within/past",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.future !== undefined){
let data3 = data1.future;
if(typeof data3 === "string"){
if(!pattern16.test(data3)){
const err9 = {instancePath:instancePath+"/within/future",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"+"\"",schema:"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$",parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/within/future",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/within",schemaPath:"#/properties/within/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.within.type,parentSchema:schema43.properties.within,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs3 = errors;
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs4 = errors;
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs5 = errors;
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/PresenceCondition/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.op === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/PresenceCondition/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "field") || (key0 === "op"))){
const err3 = {instancePath,schemaPath:"#/$defs/PresenceCondition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err4 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/PresenceCondition/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema42.properties.field,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/PresenceCondition/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.field.type,parentSchema:schema42.properties.field,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(!((data1 === "is-set") || (data1 === "is-not-set"))){
const err6 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/PresenceCondition/properties/op/enum",keyword:"enum",params:{allowedValues: schema42.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.op.enum,parentSchema:schema42.properties.op,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/$defs/PresenceCondition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = true;
}
}
const _errs13 = errors;
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
if(props0 !== true){
props0 = true;
}
}
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role === undefined){
const err8 = {instancePath,schemaPath:"#/$defs/RoleCondition/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "role")){
const err9 = {instancePath,schemaPath:"#/$defs/RoleCondition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.role !== undefined){
let data2 = data.role;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err10 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/RoleCondition/properties/role/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema46.properties.role,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/RoleCondition/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.role.type,parentSchema:schema46.properties.role,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/$defs/RoleCondition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 6];
}
else {
if(_valid0){
valid0 = true;
passing0 = 6;
if(props0 !== true){
props0 = true;
}
}
}
}
}
}
}
}
if(!valid0){
const err13 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema36.oneOf,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate23.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.actions === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actions"},message:"must have required property '"+"actions"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "entity") || (key0 === "actions")) || (key0 === "writableFields")) || (key0 === "hiddenFields")) || (key0 === "scope"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.entity !== undefined){
let data0 = data.entity;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema35.properties.entity,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.entity.type,parentSchema:schema35.properties.entity,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.actions !== undefined){
let data1 = data.actions;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.actions,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!((((data2 === "read") || (data2 === "create")) || (data2 === "update")) || (data2 === "delete"))){
const err6 = {instancePath:instancePath+"/actions/" + i0,schemaPath:"#/properties/actions/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.actions.items.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.actions.items.enum,parentSchema:schema35.properties.actions.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
const err7 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema35.properties.actions,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.actions.type,parentSchema:schema35.properties.actions,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.writableFields !== undefined){
let data3 = data.writableFields;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i2=0; i2<len1; i2++){
let data4 = data3[i2];
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err9 = {instancePath:instancePath+"/writableFields/" + i2,schemaPath:"#/properties/writableFields/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema35.properties.writableFields.items,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/writableFields/" + i2,schemaPath:"#/properties/writableFields/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.writableFields.items.type,parentSchema:schema35.properties.writableFields.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i3 = data3.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data3[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err11 = {instancePath:instancePath+"/writableFields",schemaPath:"#/properties/writableFields/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema35.properties.writableFields,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err12 = {instancePath:instancePath+"/writableFields",schemaPath:"#/properties/writableFields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.writableFields.type,parentSchema:schema35.properties.writableFields,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.hiddenFields !== undefined){
let data5 = data.hiddenFields;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i4=0; i4<len2; i4++){
let data6 = data5[i4];
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
const err13 = {instancePath:instancePath+"/hiddenFields/" + i4,schemaPath:"#/properties/hiddenFields/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema35.properties.hiddenFields.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/hiddenFields/" + i4,schemaPath:"#/properties/hiddenFields/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.hiddenFields.items.type,parentSchema:schema35.properties.hiddenFields.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i5 = data5.length;
let j2;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data5[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err15 = {instancePath:instancePath+"/hiddenFields",schemaPath:"#/properties/hiddenFields/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema35.properties.hiddenFields,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err16 = {instancePath:instancePath+"/hiddenFields",schemaPath:"#/properties/hiddenFields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.hiddenFields.type,parentSchema:schema35.properties.hiddenFields,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.scope !== undefined){
if(!(validate23(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.permissions === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "permissions"},message:"must have required property '"+"permissions"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "description")) || (key0 === "permissions"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema34.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.name.type,parentSchema:schema34.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema34.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.description.type,parentSchema:schema34.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.permissions !== undefined){
let data2 = data.permissions;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data2[i0], {instancePath:instancePath+"/permissions/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.permissions.type,parentSchema:schema34.properties.permissions,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = schema31["$defs"]["Entity"];
const schema60 = schema31["$defs"]["Index"];
const schema61 = schema31["$defs"]["Relation"];
const schema49 = schema31["$defs"]["ConflictRule"];
const func9 = Object.prototype.hasOwnProperty;
const schema48 = schema31["$defs"]["Field"];
const pattern22 = new RegExp("^[a-z][a-z0-9-]{0,31}$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "string"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[0].required,parentSchema:schema48.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[0].required,parentSchema:schema48.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "name")) || (key0 === "description")) || (key0 === "required")) || (key0 === "tags")) || (key0 === "conflict")) || (key0 === "maxLength")) || (key0 === "default"))){
const err3 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("string" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "string"},message:"must be equal to constant",schema:"string",parentSchema:schema48.oneOf[0].properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/0/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[0].properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/0/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[0].properties.name.type,parentSchema:schema48.oneOf[0].properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func1(data2) > 2000){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[0].properties.description,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[0].properties.description.type,parentSchema:schema48.oneOf[0].properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.required !== undefined){
let data3 = data.required;
if(typeof data3 !== "boolean"){
const err9 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/0/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[0].properties.required.type,parentSchema:schema48.oneOf[0].properties.required,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tags !== undefined){
let data4 = data.tags;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern22.test(data5)){
const err10 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/oneOf/0/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[0].properties.tags.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/oneOf/0/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[0].properties.tags.items.type,parentSchema:schema48.oneOf[0].properties.tags.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/0/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema48.oneOf[0].properties.tags,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err13 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/0/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[0].properties.tags.type,parentSchema:schema48.oneOf[0].properties.tags,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.conflict !== undefined){
let data6 = data.conflict;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err14 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const tag1 = data6.strategy;
if(typeof tag1 == "string"){
if(tag1 === "last-writer-wins"){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err15 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "strategy") || (key1 === "description"))){
const err16 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.strategy !== undefined){
let data7 = data6.strategy;
if("last-writer-wins" !== data7){
const err17 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.description !== undefined){
let data8 = data6.description;
if(typeof data8 === "string"){
if(func1(data8) > 2000){
const err18 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var props0 = true;
}
else if(tag1 === "server-wins"){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err21 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data6){
if(!((key2 === "strategy") || (key2 === "description"))){
const err22 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.strategy !== undefined){
let data9 = data6.strategy;
if("server-wins" !== data9){
const err23 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.description !== undefined){
let data10 = data6.description;
if(typeof data10 === "string"){
if(func1(data10) > 2000){
const err24 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag1 === "client-wins"){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err27 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key3 in data6){
if(!((key3 === "strategy") || (key3 === "description"))){
const err28 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.strategy !== undefined){
let data11 = data6.strategy;
if("client-wins" !== data11){
const err29 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.description !== undefined){
let data12 = data6.description;
if(typeof data12 === "string"){
if(func1(data12) > 2000){
const err30 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag1 === "field-merge"){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err33 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key4 in data6){
if(!((key4 === "strategy") || (key4 === "description"))){
const err34 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data6};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.strategy !== undefined){
let data13 = data6.strategy;
if("field-merge" !== data13){
const err35 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data6.description !== undefined){
let data14 = data6.description;
if(typeof data14 === "string"){
if(func1(data14) > 2000){
const err36 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data6};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag1 === "counter"){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err39 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data6};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key5 in data6){
if(!((key5 === "strategy") || (key5 === "description"))){
const err40 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data6};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data6.strategy !== undefined){
let data15 = data6.strategy;
if("counter" !== data15){
const err41 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data6.description !== undefined){
let data16 = data6.description;
if(typeof data16 === "string"){
if(func1(data16) > 2000){
const err42 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data6};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag1 === "set-union"){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err45 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data6};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key6 in data6){
if(!((key6 === "strategy") || (key6 === "description"))){
const err46 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data6};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data6.strategy !== undefined){
let data17 = data6.strategy;
if("set-union" !== data17){
const err47 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data6.description !== undefined){
let data18 = data6.description;
if(typeof data18 === "string"){
if(func1(data18) > 2000){
const err48 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data6};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag1 === "max"){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err51 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data6};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key7 in data6){
if(!((key7 === "strategy") || (key7 === "description"))){
const err52 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data6};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data6.strategy !== undefined){
let data19 = data6.strategy;
if("max" !== data19){
const err53 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data6.description !== undefined){
let data20 = data6.description;
if(typeof data20 === "string"){
if(func1(data20) > 2000){
const err54 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data6};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag1 === "min"){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err57 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data6};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key8 in data6){
if(!((key8 === "strategy") || (key8 === "description"))){
const err58 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data6};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data6.strategy !== undefined){
let data21 = data6.strategy;
if("min" !== data21){
const err59 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data21};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data6.description !== undefined){
let data22 = data6.description;
if(typeof data22 === "string"){
if(func1(data22) > 2000){
const err60 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data6};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag1 === "enum-precedence"){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err63 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data6};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data6.order === undefined){
const err64 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data6};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key9 in data6){
if(!(((key9 === "strategy") || (key9 === "description")) || (key9 === "order"))){
const err65 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data6};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data6.strategy !== undefined){
let data23 = data6.strategy;
if("enum-precedence" !== data23){
const err66 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data6.description !== undefined){
let data24 = data6.description;
if(typeof data24 === "string"){
if(func1(data24) > 2000){
const err67 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data24};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data6.order !== undefined){
let data25 = data6.order;
if(Array.isArray(data25)){
if(data25.length < 2){
const err69 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
const len1 = data25.length;
for(let i2=0; i2<len1; i2++){
let data26 = data25[i2];
if(typeof data26 === "string"){
if(func1(data26) < 1){
const err70 = {instancePath:instancePath+"/conflict/order/" + i2,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data26};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/conflict/order/" + i2,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data26};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
let i3 = data25.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data25[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err72 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data25};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err73 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data6};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag1 === "manual"){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy === undefined){
const err75 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data6};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data6.interim === undefined){
const err76 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data6};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key10 in data6){
if(!((((key10 === "strategy") || (key10 === "description")) || (key10 === "interim")) || (key10 === "prompt"))){
const err77 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data6};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data6.strategy !== undefined){
let data27 = data6.strategy;
if("manual" !== data27){
const err78 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data27};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data6.description !== undefined){
let data28 = data6.description;
if(typeof data28 === "string"){
if(func1(data28) > 2000){
const err79 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data28};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data28};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data6.interim !== undefined){
let data29 = data6.interim;
if(!(((data29 === "server") || (data29 === "client")) || (data29 === "last-writer-wins"))){
const err81 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data29};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data6.prompt !== undefined){
let data30 = data6.prompt;
if(typeof data30 === "string"){
if(func1(data30) > 500){
const err82 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data30};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data30};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data6};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err85 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag1},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag1},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data31 = data.maxLength;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err88 = {instancePath:instancePath+"/maxLength",schemaPath:"#/oneOf/0/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.oneOf[0].properties.maxLength.type,parentSchema:schema48.oneOf[0].properties.maxLength,data:data31};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 1000000 || isNaN(data31)){
const err89 = {instancePath:instancePath+"/maxLength",schemaPath:"#/oneOf/0/properties/maxLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema48.oneOf[0].properties.maxLength,data:data31};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err90 = {instancePath:instancePath+"/maxLength",schemaPath:"#/oneOf/0/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.oneOf[0].properties.maxLength,data:data31};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
if(data.default !== undefined){
let data32 = data.default;
if(typeof data32 !== "string"){
const err91 = {instancePath:instancePath+"/default",schemaPath:"#/oneOf/0/properties/default/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[0].properties.default.type,parentSchema:schema48.oneOf[0].properties.default,data:data32};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[0].type,parentSchema:schema48.oneOf[0],data};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var props1 = true;
}
else if(tag0 === "text"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err93 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[1].required,parentSchema:schema48.oneOf[1],data};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data.name === undefined){
const err94 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[1].required,parentSchema:schema48.oneOf[1],data};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
for(const key11 in data){
if(!((((((((key11 === "type") || (key11 === "name")) || (key11 === "description")) || (key11 === "required")) || (key11 === "tags")) || (key11 === "conflict")) || (key11 === "maxLength")) || (key11 === "default"))){
const err95 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[1],data};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.type !== undefined){
let data33 = data.type;
if("text" !== data33){
const err96 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant",schema:"text",parentSchema:schema48.oneOf[1].properties.type,data:data33};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.name !== undefined){
let data34 = data.name;
if(typeof data34 === "string"){
if(!pattern6.test(data34)){
const err97 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/1/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[1].properties.name,data:data34};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[1].properties.name.type,parentSchema:schema48.oneOf[1].properties.name,data:data34};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.description !== undefined){
let data35 = data.description;
if(typeof data35 === "string"){
if(func1(data35) > 2000){
const err99 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[1].properties.description,data:data35};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[1].properties.description.type,parentSchema:schema48.oneOf[1].properties.description,data:data35};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.required !== undefined){
let data36 = data.required;
if(typeof data36 !== "boolean"){
const err101 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/1/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[1].properties.required.type,parentSchema:schema48.oneOf[1].properties.required,data:data36};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.tags !== undefined){
let data37 = data.tags;
if(Array.isArray(data37)){
const len2 = data37.length;
for(let i4=0; i4<len2; i4++){
let data38 = data37[i4];
if(typeof data38 === "string"){
if(!pattern22.test(data38)){
const err102 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/oneOf/1/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[1].properties.tags.items,data:data38};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/oneOf/1/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[1].properties.tags.items.type,parentSchema:schema48.oneOf[1].properties.tags.items,data:data38};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
let i5 = data37.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data37[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err104 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/1/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema48.oneOf[1].properties.tags,data:data37};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err105 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/1/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[1].properties.tags.type,parentSchema:schema48.oneOf[1].properties.tags,data:data37};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.conflict !== undefined){
let data39 = data.conflict;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err106 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data39};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
const tag2 = data39.strategy;
if(typeof tag2 == "string"){
if(tag2 === "last-writer-wins"){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err107 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data39};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key12 in data39){
if(!((key12 === "strategy") || (key12 === "description"))){
const err108 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data39};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data39.strategy !== undefined){
let data40 = data39.strategy;
if("last-writer-wins" !== data40){
const err109 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data40};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data39.description !== undefined){
let data41 = data39.description;
if(typeof data41 === "string"){
if(func1(data41) > 2000){
const err110 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data41};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data41};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data39};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var props2 = true;
}
else if(tag2 === "server-wins"){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err113 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data39};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
for(const key13 in data39){
if(!((key13 === "strategy") || (key13 === "description"))){
const err114 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data39};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data39.strategy !== undefined){
let data42 = data39.strategy;
if("server-wins" !== data42){
const err115 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data42};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data39.description !== undefined){
let data43 = data39.description;
if(typeof data43 === "string"){
if(func1(data43) > 2000){
const err116 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data43};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data43};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data39};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(props2 !== true){
props2 = true;
}
}
else if(tag2 === "client-wins"){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err119 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data39};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
for(const key14 in data39){
if(!((key14 === "strategy") || (key14 === "description"))){
const err120 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data39};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data39.strategy !== undefined){
let data44 = data39.strategy;
if("client-wins" !== data44){
const err121 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data44};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data39.description !== undefined){
let data45 = data39.description;
if(typeof data45 === "string"){
if(func1(data45) > 2000){
const err122 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data45};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data45};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data39};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(props2 !== true){
props2 = true;
}
}
else if(tag2 === "field-merge"){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err125 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data39};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
for(const key15 in data39){
if(!((key15 === "strategy") || (key15 === "description"))){
const err126 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data39};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data39.strategy !== undefined){
let data46 = data39.strategy;
if("field-merge" !== data46){
const err127 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data46};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data39.description !== undefined){
let data47 = data39.description;
if(typeof data47 === "string"){
if(func1(data47) > 2000){
const err128 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data47};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data47};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data39};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(props2 !== true){
props2 = true;
}
}
else if(tag2 === "counter"){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err131 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data39};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
for(const key16 in data39){
if(!((key16 === "strategy") || (key16 === "description"))){
const err132 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data39};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data39.strategy !== undefined){
let data48 = data39.strategy;
if("counter" !== data48){
const err133 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data48};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data39.description !== undefined){
let data49 = data39.description;
if(typeof data49 === "string"){
if(func1(data49) > 2000){
const err134 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data49};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data49};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
else {
const err136 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data39};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(props2 !== true){
props2 = true;
}
}
else if(tag2 === "set-union"){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err137 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data39};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
for(const key17 in data39){
if(!((key17 === "strategy") || (key17 === "description"))){
const err138 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data39};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data39.strategy !== undefined){
let data50 = data39.strategy;
if("set-union" !== data50){
const err139 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data50};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data39.description !== undefined){
let data51 = data39.description;
if(typeof data51 === "string"){
if(func1(data51) > 2000){
const err140 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data51};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data51};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data39};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(props2 !== true){
props2 = true;
}
}
else if(tag2 === "max"){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err143 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data39};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
for(const key18 in data39){
if(!((key18 === "strategy") || (key18 === "description"))){
const err144 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data39};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data39.strategy !== undefined){
let data52 = data39.strategy;
if("max" !== data52){
const err145 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data52};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data39.description !== undefined){
let data53 = data39.description;
if(typeof data53 === "string"){
if(func1(data53) > 2000){
const err146 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data53};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data53};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data39};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(props2 !== true){
props2 = true;
}
}
else if(tag2 === "min"){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err149 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data39};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
for(const key19 in data39){
if(!((key19 === "strategy") || (key19 === "description"))){
const err150 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data39};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data39.strategy !== undefined){
let data54 = data39.strategy;
if("min" !== data54){
const err151 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data54};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data39.description !== undefined){
let data55 = data39.description;
if(typeof data55 === "string"){
if(func1(data55) > 2000){
const err152 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data55};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data55};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data39};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(props2 !== true){
props2 = true;
}
}
else if(tag2 === "enum-precedence"){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err155 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data39};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data39.order === undefined){
const err156 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data39};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
for(const key20 in data39){
if(!(((key20 === "strategy") || (key20 === "description")) || (key20 === "order"))){
const err157 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data39};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data39.strategy !== undefined){
let data56 = data39.strategy;
if("enum-precedence" !== data56){
const err158 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data56};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data39.description !== undefined){
let data57 = data39.description;
if(typeof data57 === "string"){
if(func1(data57) > 2000){
const err159 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data57};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data57};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data39.order !== undefined){
let data58 = data39.order;
if(Array.isArray(data58)){
if(data58.length < 2){
const err161 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data58};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
const len3 = data58.length;
for(let i6=0; i6<len3; i6++){
let data59 = data58[i6];
if(typeof data59 === "string"){
if(func1(data59) < 1){
const err162 = {instancePath:instancePath+"/conflict/order/" + i6,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data59};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/conflict/order/" + i6,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data59};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
let i7 = data58.length;
let j3;
if(i7 > 1){
const indices3 = {};
for(;i7--;){
let item3 = data58[i7];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err164 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data58};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
break;
}
indices3[item3] = i7;
}
}
}
else {
const err165 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data58};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data39};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(props2 !== true){
props2 = true;
}
}
else if(tag2 === "manual"){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.strategy === undefined){
const err167 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data39};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data39.interim === undefined){
const err168 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data39};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
for(const key21 in data39){
if(!((((key21 === "strategy") || (key21 === "description")) || (key21 === "interim")) || (key21 === "prompt"))){
const err169 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data39};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data39.strategy !== undefined){
let data60 = data39.strategy;
if("manual" !== data60){
const err170 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data60};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data39.description !== undefined){
let data61 = data39.description;
if(typeof data61 === "string"){
if(func1(data61) > 2000){
const err171 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data61};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data61};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data39.interim !== undefined){
let data62 = data39.interim;
if(!(((data62 === "server") || (data62 === "client")) || (data62 === "last-writer-wins"))){
const err173 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data62};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data39.prompt !== undefined){
let data63 = data39.prompt;
if(typeof data63 === "string"){
if(func1(data63) > 500){
const err174 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data63};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data63};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
else {
const err176 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data39};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(props2 !== true){
props2 = true;
}
}
else {
const err177 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag2},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data39};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
else {
const err178 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag2},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data39};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data39};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data64 = data.maxLength;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
const err180 = {instancePath:instancePath+"/maxLength",schemaPath:"#/oneOf/1/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.oneOf[1].properties.maxLength.type,parentSchema:schema48.oneOf[1].properties.maxLength,data:data64};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 > 10000000 || isNaN(data64)){
const err181 = {instancePath:instancePath+"/maxLength",schemaPath:"#/oneOf/1/properties/maxLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema48.oneOf[1].properties.maxLength,data:data64};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data64 < 1 || isNaN(data64)){
const err182 = {instancePath:instancePath+"/maxLength",schemaPath:"#/oneOf/1/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.oneOf[1].properties.maxLength,data:data64};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
if(data.default !== undefined){
let data65 = data.default;
if(typeof data65 !== "string"){
const err183 = {instancePath:instancePath+"/default",schemaPath:"#/oneOf/1/properties/default/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[1].properties.default.type,parentSchema:schema48.oneOf[1].properties.default,data:data65};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
}
else {
const err184 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[1].type,parentSchema:schema48.oneOf[1],data};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "number"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err185 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[2].required,parentSchema:schema48.oneOf[2],data};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(data.name === undefined){
const err186 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[2].required,parentSchema:schema48.oneOf[2],data};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
for(const key22 in data){
if(!(func9.call(schema48.oneOf[2].properties, key22))){
const err187 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[2],data};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data.type !== undefined){
let data66 = data.type;
if("number" !== data66){
const err188 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "number"},message:"must be equal to constant",schema:"number",parentSchema:schema48.oneOf[2].properties.type,data:data66};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data.name !== undefined){
let data67 = data.name;
if(typeof data67 === "string"){
if(!pattern6.test(data67)){
const err189 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/2/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[2].properties.name,data:data67};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[2].properties.name.type,parentSchema:schema48.oneOf[2].properties.name,data:data67};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data.description !== undefined){
let data68 = data.description;
if(typeof data68 === "string"){
if(func1(data68) > 2000){
const err191 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[2].properties.description,data:data68};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[2].properties.description.type,parentSchema:schema48.oneOf[2].properties.description,data:data68};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data.required !== undefined){
let data69 = data.required;
if(typeof data69 !== "boolean"){
const err193 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/2/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[2].properties.required.type,parentSchema:schema48.oneOf[2].properties.required,data:data69};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data.tags !== undefined){
let data70 = data.tags;
if(Array.isArray(data70)){
const len4 = data70.length;
for(let i8=0; i8<len4; i8++){
let data71 = data70[i8];
if(typeof data71 === "string"){
if(!pattern22.test(data71)){
const err194 = {instancePath:instancePath+"/tags/" + i8,schemaPath:"#/oneOf/2/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[2].properties.tags.items,data:data71};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/tags/" + i8,schemaPath:"#/oneOf/2/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[2].properties.tags.items.type,parentSchema:schema48.oneOf[2].properties.tags.items,data:data71};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
let i9 = data70.length;
let j4;
if(i9 > 1){
const indices4 = {};
for(;i9--;){
let item4 = data70[i9];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err196 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/2/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)",schema:true,parentSchema:schema48.oneOf[2].properties.tags,data:data70};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
break;
}
indices4[item4] = i9;
}
}
}
else {
const err197 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/2/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[2].properties.tags.type,parentSchema:schema48.oneOf[2].properties.tags,data:data70};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data.conflict !== undefined){
let data72 = data.conflict;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err198 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data72};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
const tag3 = data72.strategy;
if(typeof tag3 == "string"){
if(tag3 === "last-writer-wins"){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err199 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data72};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
for(const key23 in data72){
if(!((key23 === "strategy") || (key23 === "description"))){
const err200 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data72};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data72.strategy !== undefined){
let data73 = data72.strategy;
if("last-writer-wins" !== data73){
const err201 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data73};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data72.description !== undefined){
let data74 = data72.description;
if(typeof data74 === "string"){
if(func1(data74) > 2000){
const err202 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data74};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data74};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data72};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
var props3 = true;
}
else if(tag3 === "server-wins"){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err205 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data72};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
for(const key24 in data72){
if(!((key24 === "strategy") || (key24 === "description"))){
const err206 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data72};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data72.strategy !== undefined){
let data75 = data72.strategy;
if("server-wins" !== data75){
const err207 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data75};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data72.description !== undefined){
let data76 = data72.description;
if(typeof data76 === "string"){
if(func1(data76) > 2000){
const err208 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data76};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
else {
const err209 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data76};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data72};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(props3 !== true){
props3 = true;
}
}
else if(tag3 === "client-wins"){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err211 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data72};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
for(const key25 in data72){
if(!((key25 === "strategy") || (key25 === "description"))){
const err212 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data72};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data72.strategy !== undefined){
let data77 = data72.strategy;
if("client-wins" !== data77){
const err213 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data77};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data72.description !== undefined){
let data78 = data72.description;
if(typeof data78 === "string"){
if(func1(data78) > 2000){
const err214 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data78};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data78};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
}
else {
const err216 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data72};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(props3 !== true){
props3 = true;
}
}
else if(tag3 === "field-merge"){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err217 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data72};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
for(const key26 in data72){
if(!((key26 === "strategy") || (key26 === "description"))){
const err218 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data72};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data72.strategy !== undefined){
let data79 = data72.strategy;
if("field-merge" !== data79){
const err219 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data79};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data72.description !== undefined){
let data80 = data72.description;
if(typeof data80 === "string"){
if(func1(data80) > 2000){
const err220 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data80};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
else {
const err221 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data80};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
else {
const err222 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data72};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(props3 !== true){
props3 = true;
}
}
else if(tag3 === "counter"){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err223 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data72};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
for(const key27 in data72){
if(!((key27 === "strategy") || (key27 === "description"))){
const err224 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data72};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data72.strategy !== undefined){
let data81 = data72.strategy;
if("counter" !== data81){
const err225 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data81};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data72.description !== undefined){
let data82 = data72.description;
if(typeof data82 === "string"){
if(func1(data82) > 2000){
const err226 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data82};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
else {
const err227 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data82};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
}
else {
const err228 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data72};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(props3 !== true){
props3 = true;
}
}
else if(tag3 === "set-union"){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err229 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data72};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
for(const key28 in data72){
if(!((key28 === "strategy") || (key28 === "description"))){
const err230 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data72};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data72.strategy !== undefined){
let data83 = data72.strategy;
if("set-union" !== data83){
const err231 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data83};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data72.description !== undefined){
let data84 = data72.description;
if(typeof data84 === "string"){
if(func1(data84) > 2000){
const err232 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data84};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
else {
const err233 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data84};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
else {
const err234 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data72};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(props3 !== true){
props3 = true;
}
}
else if(tag3 === "max"){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err235 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data72};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
for(const key29 in data72){
if(!((key29 === "strategy") || (key29 === "description"))){
const err236 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data72};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data72.strategy !== undefined){
let data85 = data72.strategy;
if("max" !== data85){
const err237 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data85};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data72.description !== undefined){
let data86 = data72.description;
if(typeof data86 === "string"){
if(func1(data86) > 2000){
const err238 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data86};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data86};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
}
else {
const err240 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data72};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(props3 !== true){
props3 = true;
}
}
else if(tag3 === "min"){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err241 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data72};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
for(const key30 in data72){
if(!((key30 === "strategy") || (key30 === "description"))){
const err242 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data72};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data72.strategy !== undefined){
let data87 = data72.strategy;
if("min" !== data87){
const err243 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data87};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data72.description !== undefined){
let data88 = data72.description;
if(typeof data88 === "string"){
if(func1(data88) > 2000){
const err244 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data88};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
else {
const err245 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data88};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
else {
const err246 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data72};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
if(props3 !== true){
props3 = true;
}
}
else if(tag3 === "enum-precedence"){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err247 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data72};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if(data72.order === undefined){
const err248 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data72};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
for(const key31 in data72){
if(!(((key31 === "strategy") || (key31 === "description")) || (key31 === "order"))){
const err249 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data72};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data72.strategy !== undefined){
let data89 = data72.strategy;
if("enum-precedence" !== data89){
const err250 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data89};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data72.description !== undefined){
let data90 = data72.description;
if(typeof data90 === "string"){
if(func1(data90) > 2000){
const err251 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data90};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
else {
const err252 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data90};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data72.order !== undefined){
let data91 = data72.order;
if(Array.isArray(data91)){
if(data91.length < 2){
const err253 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data91};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
const len5 = data91.length;
for(let i10=0; i10<len5; i10++){
let data92 = data91[i10];
if(typeof data92 === "string"){
if(func1(data92) < 1){
const err254 = {instancePath:instancePath+"/conflict/order/" + i10,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data92};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/conflict/order/" + i10,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data92};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
let i11 = data91.length;
let j5;
if(i11 > 1){
const indices5 = {};
for(;i11--;){
let item5 = data91[i11];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err256 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data91};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
break;
}
indices5[item5] = i11;
}
}
}
else {
const err257 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data91};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
else {
const err258 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data72};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
if(props3 !== true){
props3 = true;
}
}
else if(tag3 === "manual"){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.strategy === undefined){
const err259 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data72};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
if(data72.interim === undefined){
const err260 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data72};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
for(const key32 in data72){
if(!((((key32 === "strategy") || (key32 === "description")) || (key32 === "interim")) || (key32 === "prompt"))){
const err261 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data72};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data72.strategy !== undefined){
let data93 = data72.strategy;
if("manual" !== data93){
const err262 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data93};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data72.description !== undefined){
let data94 = data72.description;
if(typeof data94 === "string"){
if(func1(data94) > 2000){
const err263 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data94};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
else {
const err264 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data94};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data72.interim !== undefined){
let data95 = data72.interim;
if(!(((data95 === "server") || (data95 === "client")) || (data95 === "last-writer-wins"))){
const err265 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data95};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data72.prompt !== undefined){
let data96 = data72.prompt;
if(typeof data96 === "string"){
if(func1(data96) > 500){
const err266 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data96};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
else {
const err267 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data96};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
else {
const err268 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data72};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if(props3 !== true){
props3 = true;
}
}
else {
const err269 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag3},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data72};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
else {
const err270 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag3},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data72};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
else {
const err271 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data72};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data.minimum !== undefined){
let data97 = data.minimum;
if(!((typeof data97 == "number") && (isFinite(data97)))){
const err272 = {instancePath:instancePath+"/minimum",schemaPath:"#/oneOf/2/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.oneOf[2].properties.minimum.type,parentSchema:schema48.oneOf[2].properties.minimum,data:data97};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(data.maximum !== undefined){
let data98 = data.maximum;
if(!((typeof data98 == "number") && (isFinite(data98)))){
const err273 = {instancePath:instancePath+"/maximum",schemaPath:"#/oneOf/2/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.oneOf[2].properties.maximum.type,parentSchema:schema48.oneOf[2].properties.maximum,data:data98};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data.default !== undefined){
let data99 = data.default;
if(!((typeof data99 == "number") && (isFinite(data99)))){
const err274 = {instancePath:instancePath+"/default",schemaPath:"#/oneOf/2/properties/default/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.oneOf[2].properties.default.type,parentSchema:schema48.oneOf[2].properties.default,data:data99};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[2].type,parentSchema:schema48.oneOf[2],data};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "integer"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err276 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[3].required,parentSchema:schema48.oneOf[3],data};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(data.name === undefined){
const err277 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[3].required,parentSchema:schema48.oneOf[3],data};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
for(const key33 in data){
if(!(func9.call(schema48.oneOf[3].properties, key33))){
const err278 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[3],data};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data.type !== undefined){
let data100 = data.type;
if("integer" !== data100){
const err279 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "integer"},message:"must be equal to constant",schema:"integer",parentSchema:schema48.oneOf[3].properties.type,data:data100};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data.name !== undefined){
let data101 = data.name;
if(typeof data101 === "string"){
if(!pattern6.test(data101)){
const err280 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/3/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[3].properties.name,data:data101};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/3/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[3].properties.name.type,parentSchema:schema48.oneOf[3].properties.name,data:data101};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data.description !== undefined){
let data102 = data.description;
if(typeof data102 === "string"){
if(func1(data102) > 2000){
const err282 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[3].properties.description,data:data102};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
else {
const err283 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[3].properties.description.type,parentSchema:schema48.oneOf[3].properties.description,data:data102};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data.required !== undefined){
let data103 = data.required;
if(typeof data103 !== "boolean"){
const err284 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/3/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[3].properties.required.type,parentSchema:schema48.oneOf[3].properties.required,data:data103};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data.tags !== undefined){
let data104 = data.tags;
if(Array.isArray(data104)){
const len6 = data104.length;
for(let i12=0; i12<len6; i12++){
let data105 = data104[i12];
if(typeof data105 === "string"){
if(!pattern22.test(data105)){
const err285 = {instancePath:instancePath+"/tags/" + i12,schemaPath:"#/oneOf/3/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[3].properties.tags.items,data:data105};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
else {
const err286 = {instancePath:instancePath+"/tags/" + i12,schemaPath:"#/oneOf/3/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[3].properties.tags.items.type,parentSchema:schema48.oneOf[3].properties.tags.items,data:data105};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
let i13 = data104.length;
let j6;
if(i13 > 1){
const indices6 = {};
for(;i13--;){
let item6 = data104[i13];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err287 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/3/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)",schema:true,parentSchema:schema48.oneOf[3].properties.tags,data:data104};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
break;
}
indices6[item6] = i13;
}
}
}
else {
const err288 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/3/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[3].properties.tags.type,parentSchema:schema48.oneOf[3].properties.tags,data:data104};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data.conflict !== undefined){
let data106 = data.conflict;
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err289 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data106};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
const tag4 = data106.strategy;
if(typeof tag4 == "string"){
if(tag4 === "last-writer-wins"){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err290 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data106};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
for(const key34 in data106){
if(!((key34 === "strategy") || (key34 === "description"))){
const err291 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data106};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data106.strategy !== undefined){
let data107 = data106.strategy;
if("last-writer-wins" !== data107){
const err292 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data107};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data106.description !== undefined){
let data108 = data106.description;
if(typeof data108 === "string"){
if(func1(data108) > 2000){
const err293 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data108};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
else {
const err294 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data108};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
}
else {
const err295 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data106};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
var props4 = true;
}
else if(tag4 === "server-wins"){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err296 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data106};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
for(const key35 in data106){
if(!((key35 === "strategy") || (key35 === "description"))){
const err297 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data106};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data106.strategy !== undefined){
let data109 = data106.strategy;
if("server-wins" !== data109){
const err298 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data109};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data106.description !== undefined){
let data110 = data106.description;
if(typeof data110 === "string"){
if(func1(data110) > 2000){
const err299 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data110};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
else {
const err300 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data110};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
}
else {
const err301 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data106};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if(props4 !== true){
props4 = true;
}
}
else if(tag4 === "client-wins"){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err302 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data106};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
for(const key36 in data106){
if(!((key36 === "strategy") || (key36 === "description"))){
const err303 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data106};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
if(data106.strategy !== undefined){
let data111 = data106.strategy;
if("client-wins" !== data111){
const err304 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data111};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data106.description !== undefined){
let data112 = data106.description;
if(typeof data112 === "string"){
if(func1(data112) > 2000){
const err305 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data112};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
else {
const err306 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data112};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
}
else {
const err307 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data106};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
if(props4 !== true){
props4 = true;
}
}
else if(tag4 === "field-merge"){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err308 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data106};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
for(const key37 in data106){
if(!((key37 === "strategy") || (key37 === "description"))){
const err309 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data106};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data106.strategy !== undefined){
let data113 = data106.strategy;
if("field-merge" !== data113){
const err310 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data113};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data106.description !== undefined){
let data114 = data106.description;
if(typeof data114 === "string"){
if(func1(data114) > 2000){
const err311 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data114};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
else {
const err312 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data114};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
}
else {
const err313 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data106};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
if(props4 !== true){
props4 = true;
}
}
else if(tag4 === "counter"){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err314 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data106};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
for(const key38 in data106){
if(!((key38 === "strategy") || (key38 === "description"))){
const err315 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data106};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
if(data106.strategy !== undefined){
let data115 = data106.strategy;
if("counter" !== data115){
const err316 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data115};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(data106.description !== undefined){
let data116 = data106.description;
if(typeof data116 === "string"){
if(func1(data116) > 2000){
const err317 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data116};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
else {
const err318 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data116};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
}
else {
const err319 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data106};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if(props4 !== true){
props4 = true;
}
}
else if(tag4 === "set-union"){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err320 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data106};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
for(const key39 in data106){
if(!((key39 === "strategy") || (key39 === "description"))){
const err321 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data106};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data106.strategy !== undefined){
let data117 = data106.strategy;
if("set-union" !== data117){
const err322 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data117};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
if(data106.description !== undefined){
let data118 = data106.description;
if(typeof data118 === "string"){
if(func1(data118) > 2000){
const err323 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data118};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
else {
const err324 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data118};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
}
else {
const err325 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data106};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if(props4 !== true){
props4 = true;
}
}
else if(tag4 === "max"){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err326 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data106};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
for(const key40 in data106){
if(!((key40 === "strategy") || (key40 === "description"))){
const err327 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data106};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
if(data106.strategy !== undefined){
let data119 = data106.strategy;
if("max" !== data119){
const err328 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data119};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data106.description !== undefined){
let data120 = data106.description;
if(typeof data120 === "string"){
if(func1(data120) > 2000){
const err329 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data120};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
else {
const err330 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data120};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
}
else {
const err331 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data106};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
if(props4 !== true){
props4 = true;
}
}
else if(tag4 === "min"){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err332 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data106};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
for(const key41 in data106){
if(!((key41 === "strategy") || (key41 === "description"))){
const err333 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data106};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
if(data106.strategy !== undefined){
let data121 = data106.strategy;
if("min" !== data121){
const err334 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data121};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data106.description !== undefined){
let data122 = data106.description;
if(typeof data122 === "string"){
if(func1(data122) > 2000){
const err335 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data122};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
else {
const err336 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data122};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
}
else {
const err337 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data106};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
if(props4 !== true){
props4 = true;
}
}
else if(tag4 === "enum-precedence"){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err338 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data106};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
if(data106.order === undefined){
const err339 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data106};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
for(const key42 in data106){
if(!(((key42 === "strategy") || (key42 === "description")) || (key42 === "order"))){
const err340 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data106};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data106.strategy !== undefined){
let data123 = data106.strategy;
if("enum-precedence" !== data123){
const err341 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data123};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
if(data106.description !== undefined){
let data124 = data106.description;
if(typeof data124 === "string"){
if(func1(data124) > 2000){
const err342 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data124};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
else {
const err343 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data124};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data106.order !== undefined){
let data125 = data106.order;
if(Array.isArray(data125)){
if(data125.length < 2){
const err344 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data125};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
const len7 = data125.length;
for(let i14=0; i14<len7; i14++){
let data126 = data125[i14];
if(typeof data126 === "string"){
if(func1(data126) < 1){
const err345 = {instancePath:instancePath+"/conflict/order/" + i14,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data126};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
else {
const err346 = {instancePath:instancePath+"/conflict/order/" + i14,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data126};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
let i15 = data125.length;
let j7;
if(i15 > 1){
const indices7 = {};
for(;i15--;){
let item7 = data125[i15];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
const err347 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i15+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data125};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
break;
}
indices7[item7] = i15;
}
}
}
else {
const err348 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data125};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
}
else {
const err349 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data106};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
if(props4 !== true){
props4 = true;
}
}
else if(tag4 === "manual"){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.strategy === undefined){
const err350 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data106};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
if(data106.interim === undefined){
const err351 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data106};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
for(const key43 in data106){
if(!((((key43 === "strategy") || (key43 === "description")) || (key43 === "interim")) || (key43 === "prompt"))){
const err352 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data106};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data106.strategy !== undefined){
let data127 = data106.strategy;
if("manual" !== data127){
const err353 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data127};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data106.description !== undefined){
let data128 = data106.description;
if(typeof data128 === "string"){
if(func1(data128) > 2000){
const err354 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data128};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
else {
const err355 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data128};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data106.interim !== undefined){
let data129 = data106.interim;
if(!(((data129 === "server") || (data129 === "client")) || (data129 === "last-writer-wins"))){
const err356 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data129};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data106.prompt !== undefined){
let data130 = data106.prompt;
if(typeof data130 === "string"){
if(func1(data130) > 500){
const err357 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data130};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
else {
const err358 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data130};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
}
else {
const err359 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data106};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
if(props4 !== true){
props4 = true;
}
}
else {
const err360 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag4},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data106};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
else {
const err361 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag4},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data106};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
else {
const err362 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data106};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data.minimum !== undefined){
let data131 = data.minimum;
if(!(((typeof data131 == "number") && (!(data131 % 1) && !isNaN(data131))) && (isFinite(data131)))){
const err363 = {instancePath:instancePath+"/minimum",schemaPath:"#/oneOf/3/properties/minimum/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.oneOf[3].properties.minimum.type,parentSchema:schema48.oneOf[3].properties.minimum,data:data131};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data.maximum !== undefined){
let data132 = data.maximum;
if(!(((typeof data132 == "number") && (!(data132 % 1) && !isNaN(data132))) && (isFinite(data132)))){
const err364 = {instancePath:instancePath+"/maximum",schemaPath:"#/oneOf/3/properties/maximum/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.oneOf[3].properties.maximum.type,parentSchema:schema48.oneOf[3].properties.maximum,data:data132};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
if(data.default !== undefined){
let data133 = data.default;
if(!(((typeof data133 == "number") && (!(data133 % 1) && !isNaN(data133))) && (isFinite(data133)))){
const err365 = {instancePath:instancePath+"/default",schemaPath:"#/oneOf/3/properties/default/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.oneOf[3].properties.default.type,parentSchema:schema48.oneOf[3].properties.default,data:data133};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
}
else {
const err366 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[3].type,parentSchema:schema48.oneOf[3],data};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "boolean"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err367 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[4].required,parentSchema:schema48.oneOf[4],data};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
if(data.name === undefined){
const err368 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[4].required,parentSchema:schema48.oneOf[4],data};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
for(const key44 in data){
if(!(((((((key44 === "type") || (key44 === "name")) || (key44 === "description")) || (key44 === "required")) || (key44 === "tags")) || (key44 === "conflict")) || (key44 === "default"))){
const err369 = {instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[4],data};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data.type !== undefined){
let data134 = data.type;
if("boolean" !== data134){
const err370 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "boolean"},message:"must be equal to constant",schema:"boolean",parentSchema:schema48.oneOf[4].properties.type,data:data134};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
if(data.name !== undefined){
let data135 = data.name;
if(typeof data135 === "string"){
if(!pattern6.test(data135)){
const err371 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/4/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[4].properties.name,data:data135};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
else {
const err372 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/4/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[4].properties.name.type,parentSchema:schema48.oneOf[4].properties.name,data:data135};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
if(data.description !== undefined){
let data136 = data.description;
if(typeof data136 === "string"){
if(func1(data136) > 2000){
const err373 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[4].properties.description,data:data136};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
else {
const err374 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[4].properties.description.type,parentSchema:schema48.oneOf[4].properties.description,data:data136};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
if(data.required !== undefined){
let data137 = data.required;
if(typeof data137 !== "boolean"){
const err375 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/4/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[4].properties.required.type,parentSchema:schema48.oneOf[4].properties.required,data:data137};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
if(data.tags !== undefined){
let data138 = data.tags;
if(Array.isArray(data138)){
const len8 = data138.length;
for(let i16=0; i16<len8; i16++){
let data139 = data138[i16];
if(typeof data139 === "string"){
if(!pattern22.test(data139)){
const err376 = {instancePath:instancePath+"/tags/" + i16,schemaPath:"#/oneOf/4/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[4].properties.tags.items,data:data139};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
else {
const err377 = {instancePath:instancePath+"/tags/" + i16,schemaPath:"#/oneOf/4/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[4].properties.tags.items.type,parentSchema:schema48.oneOf[4].properties.tags.items,data:data139};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
let i17 = data138.length;
let j8;
if(i17 > 1){
const indices8 = {};
for(;i17--;){
let item8 = data138[i17];
if(typeof item8 !== "string"){
continue;
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
const err378 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/4/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i17+" are identical)",schema:true,parentSchema:schema48.oneOf[4].properties.tags,data:data138};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
break;
}
indices8[item8] = i17;
}
}
}
else {
const err379 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/4/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[4].properties.tags.type,parentSchema:schema48.oneOf[4].properties.tags,data:data138};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data.conflict !== undefined){
let data140 = data.conflict;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err380 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data140};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
const tag5 = data140.strategy;
if(typeof tag5 == "string"){
if(tag5 === "last-writer-wins"){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err381 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data140};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
for(const key45 in data140){
if(!((key45 === "strategy") || (key45 === "description"))){
const err382 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data140};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
if(data140.strategy !== undefined){
let data141 = data140.strategy;
if("last-writer-wins" !== data141){
const err383 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data141};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data140.description !== undefined){
let data142 = data140.description;
if(typeof data142 === "string"){
if(func1(data142) > 2000){
const err384 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data142};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
else {
const err385 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data142};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
}
else {
const err386 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data140};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
var props5 = true;
}
else if(tag5 === "server-wins"){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err387 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data140};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
for(const key46 in data140){
if(!((key46 === "strategy") || (key46 === "description"))){
const err388 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data140};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data140.strategy !== undefined){
let data143 = data140.strategy;
if("server-wins" !== data143){
const err389 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data143};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data140.description !== undefined){
let data144 = data140.description;
if(typeof data144 === "string"){
if(func1(data144) > 2000){
const err390 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data144};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
else {
const err391 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data144};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
}
else {
const err392 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data140};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
if(props5 !== true){
props5 = true;
}
}
else if(tag5 === "client-wins"){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err393 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data140};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
for(const key47 in data140){
if(!((key47 === "strategy") || (key47 === "description"))){
const err394 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data140};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data140.strategy !== undefined){
let data145 = data140.strategy;
if("client-wins" !== data145){
const err395 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data145};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
if(data140.description !== undefined){
let data146 = data140.description;
if(typeof data146 === "string"){
if(func1(data146) > 2000){
const err396 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data146};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
else {
const err397 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data146};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
}
else {
const err398 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data140};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
if(props5 !== true){
props5 = true;
}
}
else if(tag5 === "field-merge"){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err399 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data140};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
for(const key48 in data140){
if(!((key48 === "strategy") || (key48 === "description"))){
const err400 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data140};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
if(data140.strategy !== undefined){
let data147 = data140.strategy;
if("field-merge" !== data147){
const err401 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data147};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
if(data140.description !== undefined){
let data148 = data140.description;
if(typeof data148 === "string"){
if(func1(data148) > 2000){
const err402 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data148};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
else {
const err403 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data148};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
}
else {
const err404 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data140};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
if(props5 !== true){
props5 = true;
}
}
else if(tag5 === "counter"){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err405 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data140};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
for(const key49 in data140){
if(!((key49 === "strategy") || (key49 === "description"))){
const err406 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data140};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
if(data140.strategy !== undefined){
let data149 = data140.strategy;
if("counter" !== data149){
const err407 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data149};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data140.description !== undefined){
let data150 = data140.description;
if(typeof data150 === "string"){
if(func1(data150) > 2000){
const err408 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data150};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
else {
const err409 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data150};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
}
else {
const err410 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data140};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
if(props5 !== true){
props5 = true;
}
}
else if(tag5 === "set-union"){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err411 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data140};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
for(const key50 in data140){
if(!((key50 === "strategy") || (key50 === "description"))){
const err412 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data140};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
if(data140.strategy !== undefined){
let data151 = data140.strategy;
if("set-union" !== data151){
const err413 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data151};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data140.description !== undefined){
let data152 = data140.description;
if(typeof data152 === "string"){
if(func1(data152) > 2000){
const err414 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data152};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
else {
const err415 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data152};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
}
else {
const err416 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data140};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
if(props5 !== true){
props5 = true;
}
}
else if(tag5 === "max"){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err417 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data140};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
for(const key51 in data140){
if(!((key51 === "strategy") || (key51 === "description"))){
const err418 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data140};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
if(data140.strategy !== undefined){
let data153 = data140.strategy;
if("max" !== data153){
const err419 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data153};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data140.description !== undefined){
let data154 = data140.description;
if(typeof data154 === "string"){
if(func1(data154) > 2000){
const err420 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data154};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
else {
const err421 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data154};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
}
else {
const err422 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data140};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
if(props5 !== true){
props5 = true;
}
}
else if(tag5 === "min"){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err423 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data140};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
for(const key52 in data140){
if(!((key52 === "strategy") || (key52 === "description"))){
const err424 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data140};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
if(data140.strategy !== undefined){
let data155 = data140.strategy;
if("min" !== data155){
const err425 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data155};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
if(data140.description !== undefined){
let data156 = data140.description;
if(typeof data156 === "string"){
if(func1(data156) > 2000){
const err426 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data156};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
else {
const err427 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data156};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
}
}
else {
const err428 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data140};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
if(props5 !== true){
props5 = true;
}
}
else if(tag5 === "enum-precedence"){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err429 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data140};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
if(data140.order === undefined){
const err430 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data140};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
for(const key53 in data140){
if(!(((key53 === "strategy") || (key53 === "description")) || (key53 === "order"))){
const err431 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data140};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
if(data140.strategy !== undefined){
let data157 = data140.strategy;
if("enum-precedence" !== data157){
const err432 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data157};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
if(data140.description !== undefined){
let data158 = data140.description;
if(typeof data158 === "string"){
if(func1(data158) > 2000){
const err433 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data158};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
else {
const err434 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data158};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
if(data140.order !== undefined){
let data159 = data140.order;
if(Array.isArray(data159)){
if(data159.length < 2){
const err435 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data159};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
const len9 = data159.length;
for(let i18=0; i18<len9; i18++){
let data160 = data159[i18];
if(typeof data160 === "string"){
if(func1(data160) < 1){
const err436 = {instancePath:instancePath+"/conflict/order/" + i18,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data160};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
else {
const err437 = {instancePath:instancePath+"/conflict/order/" + i18,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data160};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
let i19 = data159.length;
let j9;
if(i19 > 1){
const indices9 = {};
for(;i19--;){
let item9 = data159[i19];
if(typeof item9 !== "string"){
continue;
}
if(typeof indices9[item9] == "number"){
j9 = indices9[item9];
const err438 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i19+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data159};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
break;
}
indices9[item9] = i19;
}
}
}
else {
const err439 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data159};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
}
else {
const err440 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data140};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
if(props5 !== true){
props5 = true;
}
}
else if(tag5 === "manual"){
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.strategy === undefined){
const err441 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data140};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
if(data140.interim === undefined){
const err442 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data140};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
for(const key54 in data140){
if(!((((key54 === "strategy") || (key54 === "description")) || (key54 === "interim")) || (key54 === "prompt"))){
const err443 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data140};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
if(data140.strategy !== undefined){
let data161 = data140.strategy;
if("manual" !== data161){
const err444 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data161};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
if(data140.description !== undefined){
let data162 = data140.description;
if(typeof data162 === "string"){
if(func1(data162) > 2000){
const err445 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data162};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
else {
const err446 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data162};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
if(data140.interim !== undefined){
let data163 = data140.interim;
if(!(((data163 === "server") || (data163 === "client")) || (data163 === "last-writer-wins"))){
const err447 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data163};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
if(data140.prompt !== undefined){
let data164 = data140.prompt;
if(typeof data164 === "string"){
if(func1(data164) > 500){
const err448 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data164};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
else {
const err449 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data164};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
}
else {
const err450 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data140};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
if(props5 !== true){
props5 = true;
}
}
else {
const err451 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag5},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data140};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
else {
const err452 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag5},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data140};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
else {
const err453 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data140};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
if(data.default !== undefined){
let data165 = data.default;
if(typeof data165 !== "boolean"){
const err454 = {instancePath:instancePath+"/default",schemaPath:"#/oneOf/4/properties/default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[4].properties.default.type,parentSchema:schema48.oneOf[4].properties.default,data:data165};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
}
else {
const err455 = {instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[4].type,parentSchema:schema48.oneOf[4],data};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "datetime"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err456 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[5].required,parentSchema:schema48.oneOf[5],data};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
if(data.name === undefined){
const err457 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[5].required,parentSchema:schema48.oneOf[5],data};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
for(const key55 in data){
if(!((((((key55 === "type") || (key55 === "name")) || (key55 === "description")) || (key55 === "required")) || (key55 === "tags")) || (key55 === "conflict"))){
const err458 = {instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[5],data};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
if(data.type !== undefined){
let data166 = data.type;
if("datetime" !== data166){
const err459 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "datetime"},message:"must be equal to constant",schema:"datetime",parentSchema:schema48.oneOf[5].properties.type,data:data166};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
if(data.name !== undefined){
let data167 = data.name;
if(typeof data167 === "string"){
if(!pattern6.test(data167)){
const err460 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/5/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[5].properties.name,data:data167};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
else {
const err461 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/5/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[5].properties.name.type,parentSchema:schema48.oneOf[5].properties.name,data:data167};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
if(data.description !== undefined){
let data168 = data.description;
if(typeof data168 === "string"){
if(func1(data168) > 2000){
const err462 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[5].properties.description,data:data168};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
else {
const err463 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[5].properties.description.type,parentSchema:schema48.oneOf[5].properties.description,data:data168};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
if(data.required !== undefined){
let data169 = data.required;
if(typeof data169 !== "boolean"){
const err464 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/5/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[5].properties.required.type,parentSchema:schema48.oneOf[5].properties.required,data:data169};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
if(data.tags !== undefined){
let data170 = data.tags;
if(Array.isArray(data170)){
const len10 = data170.length;
for(let i20=0; i20<len10; i20++){
let data171 = data170[i20];
if(typeof data171 === "string"){
if(!pattern22.test(data171)){
const err465 = {instancePath:instancePath+"/tags/" + i20,schemaPath:"#/oneOf/5/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[5].properties.tags.items,data:data171};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
else {
const err466 = {instancePath:instancePath+"/tags/" + i20,schemaPath:"#/oneOf/5/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[5].properties.tags.items.type,parentSchema:schema48.oneOf[5].properties.tags.items,data:data171};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
let i21 = data170.length;
let j10;
if(i21 > 1){
const indices10 = {};
for(;i21--;){
let item10 = data170[i21];
if(typeof item10 !== "string"){
continue;
}
if(typeof indices10[item10] == "number"){
j10 = indices10[item10];
const err467 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/5/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i21+" are identical)",schema:true,parentSchema:schema48.oneOf[5].properties.tags,data:data170};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
break;
}
indices10[item10] = i21;
}
}
}
else {
const err468 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/5/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[5].properties.tags.type,parentSchema:schema48.oneOf[5].properties.tags,data:data170};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
if(data.conflict !== undefined){
let data172 = data.conflict;
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err469 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data172};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
const tag6 = data172.strategy;
if(typeof tag6 == "string"){
if(tag6 === "last-writer-wins"){
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err470 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data172};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
for(const key56 in data172){
if(!((key56 === "strategy") || (key56 === "description"))){
const err471 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data172};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
if(data172.strategy !== undefined){
let data173 = data172.strategy;
if("last-writer-wins" !== data173){
const err472 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data173};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
if(data172.description !== undefined){
let data174 = data172.description;
if(typeof data174 === "string"){
if(func1(data174) > 2000){
const err473 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data174};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
else {
const err474 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data174};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
}
else {
const err475 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data172};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
var props6 = true;
}
else if(tag6 === "server-wins"){
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err476 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data172};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
for(const key57 in data172){
if(!((key57 === "strategy") || (key57 === "description"))){
const err477 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data172};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
if(data172.strategy !== undefined){
let data175 = data172.strategy;
if("server-wins" !== data175){
const err478 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data175};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
if(data172.description !== undefined){
let data176 = data172.description;
if(typeof data176 === "string"){
if(func1(data176) > 2000){
const err479 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data176};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
}
else {
const err480 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data176};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
}
}
else {
const err481 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data172};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
if(props6 !== true){
props6 = true;
}
}
else if(tag6 === "client-wins"){
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err482 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data172};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
for(const key58 in data172){
if(!((key58 === "strategy") || (key58 === "description"))){
const err483 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data172};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
if(data172.strategy !== undefined){
let data177 = data172.strategy;
if("client-wins" !== data177){
const err484 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data177};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
if(data172.description !== undefined){
let data178 = data172.description;
if(typeof data178 === "string"){
if(func1(data178) > 2000){
const err485 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data178};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
else {
const err486 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data178};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
}
}
else {
const err487 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data172};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
if(props6 !== true){
props6 = true;
}
}
else if(tag6 === "field-merge"){
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err488 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data172};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
for(const key59 in data172){
if(!((key59 === "strategy") || (key59 === "description"))){
const err489 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data172};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
if(data172.strategy !== undefined){
let data179 = data172.strategy;
if("field-merge" !== data179){
const err490 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data179};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
if(data172.description !== undefined){
let data180 = data172.description;
if(typeof data180 === "string"){
if(func1(data180) > 2000){
const err491 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data180};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
else {
const err492 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data180};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
}
}
else {
const err493 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data172};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
if(props6 !== true){
props6 = true;
}
}
else if(tag6 === "counter"){
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err494 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data172};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
for(const key60 in data172){
if(!((key60 === "strategy") || (key60 === "description"))){
const err495 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data172};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
if(data172.strategy !== undefined){
let data181 = data172.strategy;
if("counter" !== data181){
const err496 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data181};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
if(data172.description !== undefined){
let data182 = data172.description;
if(typeof data182 === "string"){
if(func1(data182) > 2000){
const err497 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data182};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
else {
const err498 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data182};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
}
}
else {
const err499 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data172};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
if(props6 !== true){
props6 = true;
}
}
else if(tag6 === "set-union"){
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err500 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data172};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
for(const key61 in data172){
if(!((key61 === "strategy") || (key61 === "description"))){
const err501 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data172};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
}
if(data172.strategy !== undefined){
let data183 = data172.strategy;
if("set-union" !== data183){
const err502 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data183};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
}
if(data172.description !== undefined){
let data184 = data172.description;
if(typeof data184 === "string"){
if(func1(data184) > 2000){
const err503 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data184};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
}
else {
const err504 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data184};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
}
else {
const err505 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data172};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
if(props6 !== true){
props6 = true;
}
}
else if(tag6 === "max"){
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err506 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data172};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
for(const key62 in data172){
if(!((key62 === "strategy") || (key62 === "description"))){
const err507 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data172};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
if(data172.strategy !== undefined){
let data185 = data172.strategy;
if("max" !== data185){
const err508 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data185};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
if(data172.description !== undefined){
let data186 = data172.description;
if(typeof data186 === "string"){
if(func1(data186) > 2000){
const err509 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data186};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
}
else {
const err510 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data186};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
}
}
else {
const err511 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data172};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
if(props6 !== true){
props6 = true;
}
}
else if(tag6 === "min"){
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err512 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data172};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
for(const key63 in data172){
if(!((key63 === "strategy") || (key63 === "description"))){
const err513 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data172};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
}
if(data172.strategy !== undefined){
let data187 = data172.strategy;
if("min" !== data187){
const err514 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data187};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
if(data172.description !== undefined){
let data188 = data172.description;
if(typeof data188 === "string"){
if(func1(data188) > 2000){
const err515 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data188};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
}
else {
const err516 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data188};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
}
}
else {
const err517 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data172};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
if(props6 !== true){
props6 = true;
}
}
else if(tag6 === "enum-precedence"){
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err518 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data172};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
if(data172.order === undefined){
const err519 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data172};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
for(const key64 in data172){
if(!(((key64 === "strategy") || (key64 === "description")) || (key64 === "order"))){
const err520 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data172};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
}
if(data172.strategy !== undefined){
let data189 = data172.strategy;
if("enum-precedence" !== data189){
const err521 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data189};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
if(data172.description !== undefined){
let data190 = data172.description;
if(typeof data190 === "string"){
if(func1(data190) > 2000){
const err522 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data190};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
}
else {
const err523 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data190};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
}
if(data172.order !== undefined){
let data191 = data172.order;
if(Array.isArray(data191)){
if(data191.length < 2){
const err524 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data191};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
const len11 = data191.length;
for(let i22=0; i22<len11; i22++){
let data192 = data191[i22];
if(typeof data192 === "string"){
if(func1(data192) < 1){
const err525 = {instancePath:instancePath+"/conflict/order/" + i22,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data192};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
}
else {
const err526 = {instancePath:instancePath+"/conflict/order/" + i22,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data192};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
}
let i23 = data191.length;
let j11;
if(i23 > 1){
const indices11 = {};
for(;i23--;){
let item11 = data191[i23];
if(typeof item11 !== "string"){
continue;
}
if(typeof indices11[item11] == "number"){
j11 = indices11[item11];
const err527 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i23+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data191};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
break;
}
indices11[item11] = i23;
}
}
}
else {
const err528 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data191};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
}
}
else {
const err529 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data172};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
if(props6 !== true){
props6 = true;
}
}
else if(tag6 === "manual"){
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.strategy === undefined){
const err530 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data172};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
if(data172.interim === undefined){
const err531 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data172};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
for(const key65 in data172){
if(!((((key65 === "strategy") || (key65 === "description")) || (key65 === "interim")) || (key65 === "prompt"))){
const err532 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data172};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
}
if(data172.strategy !== undefined){
let data193 = data172.strategy;
if("manual" !== data193){
const err533 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data193};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
if(data172.description !== undefined){
let data194 = data172.description;
if(typeof data194 === "string"){
if(func1(data194) > 2000){
const err534 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data194};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
}
else {
const err535 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data194};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
if(data172.interim !== undefined){
let data195 = data172.interim;
if(!(((data195 === "server") || (data195 === "client")) || (data195 === "last-writer-wins"))){
const err536 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data195};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
}
if(data172.prompt !== undefined){
let data196 = data172.prompt;
if(typeof data196 === "string"){
if(func1(data196) > 500){
const err537 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data196};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
else {
const err538 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data196};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
}
}
else {
const err539 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data172};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
if(props6 !== true){
props6 = true;
}
}
else {
const err540 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag6},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data172};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
}
else {
const err541 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag6},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data172};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
else {
const err542 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data172};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
}
}
else {
const err543 = {instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[5].type,parentSchema:schema48.oneOf[5],data};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "enum"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err544 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[6].required,parentSchema:schema48.oneOf[6],data};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
if(data.name === undefined){
const err545 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[6].required,parentSchema:schema48.oneOf[6],data};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
if(data.values === undefined){
const err546 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema48.oneOf[6].required,parentSchema:schema48.oneOf[6],data};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
for(const key66 in data){
if(!((((((((key66 === "type") || (key66 === "name")) || (key66 === "description")) || (key66 === "required")) || (key66 === "tags")) || (key66 === "conflict")) || (key66 === "values")) || (key66 === "default"))){
const err547 = {instancePath,schemaPath:"#/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[6],data};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data.type !== undefined){
let data197 = data.type;
if("enum" !== data197){
const err548 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/const",keyword:"const",params:{allowedValue: "enum"},message:"must be equal to constant",schema:"enum",parentSchema:schema48.oneOf[6].properties.type,data:data197};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
}
if(data.name !== undefined){
let data198 = data.name;
if(typeof data198 === "string"){
if(!pattern6.test(data198)){
const err549 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/6/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[6].properties.name,data:data198};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
else {
const err550 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/6/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[6].properties.name.type,parentSchema:schema48.oneOf[6].properties.name,data:data198};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
if(data.description !== undefined){
let data199 = data.description;
if(typeof data199 === "string"){
if(func1(data199) > 2000){
const err551 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[6].properties.description,data:data199};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
}
else {
const err552 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[6].properties.description.type,parentSchema:schema48.oneOf[6].properties.description,data:data199};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
}
if(data.required !== undefined){
let data200 = data.required;
if(typeof data200 !== "boolean"){
const err553 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/6/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[6].properties.required.type,parentSchema:schema48.oneOf[6].properties.required,data:data200};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
}
if(data.tags !== undefined){
let data201 = data.tags;
if(Array.isArray(data201)){
const len12 = data201.length;
for(let i24=0; i24<len12; i24++){
let data202 = data201[i24];
if(typeof data202 === "string"){
if(!pattern22.test(data202)){
const err554 = {instancePath:instancePath+"/tags/" + i24,schemaPath:"#/oneOf/6/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[6].properties.tags.items,data:data202};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
else {
const err555 = {instancePath:instancePath+"/tags/" + i24,schemaPath:"#/oneOf/6/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[6].properties.tags.items.type,parentSchema:schema48.oneOf[6].properties.tags.items,data:data202};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
}
let i25 = data201.length;
let j12;
if(i25 > 1){
const indices12 = {};
for(;i25--;){
let item12 = data201[i25];
if(typeof item12 !== "string"){
continue;
}
if(typeof indices12[item12] == "number"){
j12 = indices12[item12];
const err556 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/6/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i25+" are identical)",schema:true,parentSchema:schema48.oneOf[6].properties.tags,data:data201};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
break;
}
indices12[item12] = i25;
}
}
}
else {
const err557 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/6/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[6].properties.tags.type,parentSchema:schema48.oneOf[6].properties.tags,data:data201};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
}
if(data.conflict !== undefined){
let data203 = data.conflict;
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err558 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data203};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
const tag7 = data203.strategy;
if(typeof tag7 == "string"){
if(tag7 === "last-writer-wins"){
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err559 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data203};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
for(const key67 in data203){
if(!((key67 === "strategy") || (key67 === "description"))){
const err560 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data203};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
if(data203.strategy !== undefined){
let data204 = data203.strategy;
if("last-writer-wins" !== data204){
const err561 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data204};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
}
if(data203.description !== undefined){
let data205 = data203.description;
if(typeof data205 === "string"){
if(func1(data205) > 2000){
const err562 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data205};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
}
else {
const err563 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data205};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
}
}
else {
const err564 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data203};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
var props7 = true;
}
else if(tag7 === "server-wins"){
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err565 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data203};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
for(const key68 in data203){
if(!((key68 === "strategy") || (key68 === "description"))){
const err566 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data203};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
if(data203.strategy !== undefined){
let data206 = data203.strategy;
if("server-wins" !== data206){
const err567 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data206};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
if(data203.description !== undefined){
let data207 = data203.description;
if(typeof data207 === "string"){
if(func1(data207) > 2000){
const err568 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data207};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
else {
const err569 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data207};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
}
else {
const err570 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data203};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
if(props7 !== true){
props7 = true;
}
}
else if(tag7 === "client-wins"){
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err571 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data203};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
for(const key69 in data203){
if(!((key69 === "strategy") || (key69 === "description"))){
const err572 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data203};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
}
if(data203.strategy !== undefined){
let data208 = data203.strategy;
if("client-wins" !== data208){
const err573 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data208};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
}
if(data203.description !== undefined){
let data209 = data203.description;
if(typeof data209 === "string"){
if(func1(data209) > 2000){
const err574 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data209};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
else {
const err575 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data209};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
}
}
else {
const err576 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data203};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
if(props7 !== true){
props7 = true;
}
}
else if(tag7 === "field-merge"){
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err577 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data203};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
for(const key70 in data203){
if(!((key70 === "strategy") || (key70 === "description"))){
const err578 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data203};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
if(data203.strategy !== undefined){
let data210 = data203.strategy;
if("field-merge" !== data210){
const err579 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data210};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
}
if(data203.description !== undefined){
let data211 = data203.description;
if(typeof data211 === "string"){
if(func1(data211) > 2000){
const err580 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data211};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
else {
const err581 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data211};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
}
}
else {
const err582 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data203};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
if(props7 !== true){
props7 = true;
}
}
else if(tag7 === "counter"){
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err583 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data203};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
for(const key71 in data203){
if(!((key71 === "strategy") || (key71 === "description"))){
const err584 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data203};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
}
if(data203.strategy !== undefined){
let data212 = data203.strategy;
if("counter" !== data212){
const err585 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data212};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
}
if(data203.description !== undefined){
let data213 = data203.description;
if(typeof data213 === "string"){
if(func1(data213) > 2000){
const err586 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data213};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
}
else {
const err587 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data213};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
}
}
else {
const err588 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data203};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
if(props7 !== true){
props7 = true;
}
}
else if(tag7 === "set-union"){
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err589 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data203};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
for(const key72 in data203){
if(!((key72 === "strategy") || (key72 === "description"))){
const err590 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data203};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
}
if(data203.strategy !== undefined){
let data214 = data203.strategy;
if("set-union" !== data214){
const err591 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data214};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
}
if(data203.description !== undefined){
let data215 = data203.description;
if(typeof data215 === "string"){
if(func1(data215) > 2000){
const err592 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data215};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
}
else {
const err593 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data215};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
}
}
else {
const err594 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data203};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
if(props7 !== true){
props7 = true;
}
}
else if(tag7 === "max"){
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err595 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data203};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
for(const key73 in data203){
if(!((key73 === "strategy") || (key73 === "description"))){
const err596 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key73},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data203};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
}
if(data203.strategy !== undefined){
let data216 = data203.strategy;
if("max" !== data216){
const err597 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data216};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
if(data203.description !== undefined){
let data217 = data203.description;
if(typeof data217 === "string"){
if(func1(data217) > 2000){
const err598 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data217};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
}
else {
const err599 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data217};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
}
}
else {
const err600 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data203};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
if(props7 !== true){
props7 = true;
}
}
else if(tag7 === "min"){
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err601 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data203};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
for(const key74 in data203){
if(!((key74 === "strategy") || (key74 === "description"))){
const err602 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data203};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
}
if(data203.strategy !== undefined){
let data218 = data203.strategy;
if("min" !== data218){
const err603 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data218};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
}
if(data203.description !== undefined){
let data219 = data203.description;
if(typeof data219 === "string"){
if(func1(data219) > 2000){
const err604 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data219};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
}
else {
const err605 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data219};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
}
}
else {
const err606 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data203};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
if(props7 !== true){
props7 = true;
}
}
else if(tag7 === "enum-precedence"){
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err607 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data203};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
if(data203.order === undefined){
const err608 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data203};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
for(const key75 in data203){
if(!(((key75 === "strategy") || (key75 === "description")) || (key75 === "order"))){
const err609 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data203};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
}
if(data203.strategy !== undefined){
let data220 = data203.strategy;
if("enum-precedence" !== data220){
const err610 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data220};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
if(data203.description !== undefined){
let data221 = data203.description;
if(typeof data221 === "string"){
if(func1(data221) > 2000){
const err611 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data221};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
}
else {
const err612 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data221};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
}
if(data203.order !== undefined){
let data222 = data203.order;
if(Array.isArray(data222)){
if(data222.length < 2){
const err613 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data222};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
const len13 = data222.length;
for(let i26=0; i26<len13; i26++){
let data223 = data222[i26];
if(typeof data223 === "string"){
if(func1(data223) < 1){
const err614 = {instancePath:instancePath+"/conflict/order/" + i26,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data223};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
}
else {
const err615 = {instancePath:instancePath+"/conflict/order/" + i26,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data223};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
}
let i27 = data222.length;
let j13;
if(i27 > 1){
const indices13 = {};
for(;i27--;){
let item13 = data222[i27];
if(typeof item13 !== "string"){
continue;
}
if(typeof indices13[item13] == "number"){
j13 = indices13[item13];
const err616 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j13},message:"must NOT have duplicate items (items ## "+j13+" and "+i27+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data222};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
break;
}
indices13[item13] = i27;
}
}
}
else {
const err617 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data222};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
}
}
else {
const err618 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data203};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
if(props7 !== true){
props7 = true;
}
}
else if(tag7 === "manual"){
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.strategy === undefined){
const err619 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data203};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
if(data203.interim === undefined){
const err620 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data203};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
for(const key76 in data203){
if(!((((key76 === "strategy") || (key76 === "description")) || (key76 === "interim")) || (key76 === "prompt"))){
const err621 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data203};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
}
if(data203.strategy !== undefined){
let data224 = data203.strategy;
if("manual" !== data224){
const err622 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data224};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
}
if(data203.description !== undefined){
let data225 = data203.description;
if(typeof data225 === "string"){
if(func1(data225) > 2000){
const err623 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data225};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
}
else {
const err624 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data225};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
}
if(data203.interim !== undefined){
let data226 = data203.interim;
if(!(((data226 === "server") || (data226 === "client")) || (data226 === "last-writer-wins"))){
const err625 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data226};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
}
if(data203.prompt !== undefined){
let data227 = data203.prompt;
if(typeof data227 === "string"){
if(func1(data227) > 500){
const err626 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data227};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
}
else {
const err627 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data227};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
}
}
else {
const err628 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data203};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
if(props7 !== true){
props7 = true;
}
}
else {
const err629 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag7},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data203};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
}
else {
const err630 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag7},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data203};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
}
else {
const err631 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data203};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
}
if(data.values !== undefined){
let data228 = data.values;
if(Array.isArray(data228)){
if(data228.length < 1){
const err632 = {instancePath:instancePath+"/values",schemaPath:"#/oneOf/6/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.oneOf[6].properties.values,data:data228};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
const len14 = data228.length;
for(let i28=0; i28<len14; i28++){
let data229 = data228[i28];
if(typeof data229 === "string"){
if(func1(data229) < 1){
const err633 = {instancePath:instancePath+"/values/" + i28,schemaPath:"#/oneOf/6/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.oneOf[6].properties.values.items,data:data229};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
}
else {
const err634 = {instancePath:instancePath+"/values/" + i28,schemaPath:"#/oneOf/6/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[6].properties.values.items.type,parentSchema:schema48.oneOf[6].properties.values.items,data:data229};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
}
let i29 = data228.length;
let j14;
if(i29 > 1){
const indices14 = {};
for(;i29--;){
let item14 = data228[i29];
if(typeof item14 !== "string"){
continue;
}
if(typeof indices14[item14] == "number"){
j14 = indices14[item14];
const err635 = {instancePath:instancePath+"/values",schemaPath:"#/oneOf/6/properties/values/uniqueItems",keyword:"uniqueItems",params:{i: i29, j: j14},message:"must NOT have duplicate items (items ## "+j14+" and "+i29+" are identical)",schema:true,parentSchema:schema48.oneOf[6].properties.values,data:data228};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
break;
}
indices14[item14] = i29;
}
}
}
else {
const err636 = {instancePath:instancePath+"/values",schemaPath:"#/oneOf/6/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[6].properties.values.type,parentSchema:schema48.oneOf[6].properties.values,data:data228};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
}
if(data.default !== undefined){
let data230 = data.default;
if(typeof data230 !== "string"){
const err637 = {instancePath:instancePath+"/default",schemaPath:"#/oneOf/6/properties/default/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[6].properties.default.type,parentSchema:schema48.oneOf[6].properties.default,data:data230};
if(vErrors === null){
vErrors = [err637];
}
else {
vErrors.push(err637);
}
errors++;
}
}
}
else {
const err638 = {instancePath,schemaPath:"#/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[6].type,parentSchema:schema48.oneOf[6],data};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "reference"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err639 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[7].required,parentSchema:schema48.oneOf[7],data};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
if(data.name === undefined){
const err640 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[7].required,parentSchema:schema48.oneOf[7],data};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
if(data.entity === undefined){
const err641 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema48.oneOf[7].required,parentSchema:schema48.oneOf[7],data};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
for(const key77 in data){
if(!(((((((key77 === "type") || (key77 === "name")) || (key77 === "description")) || (key77 === "required")) || (key77 === "tags")) || (key77 === "conflict")) || (key77 === "entity"))){
const err642 = {instancePath,schemaPath:"#/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[7],data};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
}
if(data.type !== undefined){
let data231 = data.type;
if("reference" !== data231){
const err643 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/7/properties/type/const",keyword:"const",params:{allowedValue: "reference"},message:"must be equal to constant",schema:"reference",parentSchema:schema48.oneOf[7].properties.type,data:data231};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
}
if(data.name !== undefined){
let data232 = data.name;
if(typeof data232 === "string"){
if(!pattern6.test(data232)){
const err644 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/7/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[7].properties.name,data:data232};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
}
else {
const err645 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/7/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[7].properties.name.type,parentSchema:schema48.oneOf[7].properties.name,data:data232};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
}
if(data.description !== undefined){
let data233 = data.description;
if(typeof data233 === "string"){
if(func1(data233) > 2000){
const err646 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[7].properties.description,data:data233};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
}
else {
const err647 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[7].properties.description.type,parentSchema:schema48.oneOf[7].properties.description,data:data233};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
}
if(data.required !== undefined){
let data234 = data.required;
if(typeof data234 !== "boolean"){
const err648 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/7/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[7].properties.required.type,parentSchema:schema48.oneOf[7].properties.required,data:data234};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
}
if(data.tags !== undefined){
let data235 = data.tags;
if(Array.isArray(data235)){
const len15 = data235.length;
for(let i30=0; i30<len15; i30++){
let data236 = data235[i30];
if(typeof data236 === "string"){
if(!pattern22.test(data236)){
const err649 = {instancePath:instancePath+"/tags/" + i30,schemaPath:"#/oneOf/7/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[7].properties.tags.items,data:data236};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
}
else {
const err650 = {instancePath:instancePath+"/tags/" + i30,schemaPath:"#/oneOf/7/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[7].properties.tags.items.type,parentSchema:schema48.oneOf[7].properties.tags.items,data:data236};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
}
let i31 = data235.length;
let j15;
if(i31 > 1){
const indices15 = {};
for(;i31--;){
let item15 = data235[i31];
if(typeof item15 !== "string"){
continue;
}
if(typeof indices15[item15] == "number"){
j15 = indices15[item15];
const err651 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/7/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i31, j: j15},message:"must NOT have duplicate items (items ## "+j15+" and "+i31+" are identical)",schema:true,parentSchema:schema48.oneOf[7].properties.tags,data:data235};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
break;
}
indices15[item15] = i31;
}
}
}
else {
const err652 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/7/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[7].properties.tags.type,parentSchema:schema48.oneOf[7].properties.tags,data:data235};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
}
if(data.conflict !== undefined){
let data237 = data.conflict;
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err653 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data237};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
const tag8 = data237.strategy;
if(typeof tag8 == "string"){
if(tag8 === "last-writer-wins"){
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err654 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data237};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
}
for(const key78 in data237){
if(!((key78 === "strategy") || (key78 === "description"))){
const err655 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data237};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
}
if(data237.strategy !== undefined){
let data238 = data237.strategy;
if("last-writer-wins" !== data238){
const err656 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data238};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
}
if(data237.description !== undefined){
let data239 = data237.description;
if(typeof data239 === "string"){
if(func1(data239) > 2000){
const err657 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data239};
if(vErrors === null){
vErrors = [err657];
}
else {
vErrors.push(err657);
}
errors++;
}
}
else {
const err658 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data239};
if(vErrors === null){
vErrors = [err658];
}
else {
vErrors.push(err658);
}
errors++;
}
}
}
else {
const err659 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data237};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
}
var props8 = true;
}
else if(tag8 === "server-wins"){
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err660 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data237};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
for(const key79 in data237){
if(!((key79 === "strategy") || (key79 === "description"))){
const err661 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data237};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
}
if(data237.strategy !== undefined){
let data240 = data237.strategy;
if("server-wins" !== data240){
const err662 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data240};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
}
if(data237.description !== undefined){
let data241 = data237.description;
if(typeof data241 === "string"){
if(func1(data241) > 2000){
const err663 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data241};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
}
else {
const err664 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data241};
if(vErrors === null){
vErrors = [err664];
}
else {
vErrors.push(err664);
}
errors++;
}
}
}
else {
const err665 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data237};
if(vErrors === null){
vErrors = [err665];
}
else {
vErrors.push(err665);
}
errors++;
}
if(props8 !== true){
props8 = true;
}
}
else if(tag8 === "client-wins"){
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err666 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data237};
if(vErrors === null){
vErrors = [err666];
}
else {
vErrors.push(err666);
}
errors++;
}
for(const key80 in data237){
if(!((key80 === "strategy") || (key80 === "description"))){
const err667 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data237};
if(vErrors === null){
vErrors = [err667];
}
else {
vErrors.push(err667);
}
errors++;
}
}
if(data237.strategy !== undefined){
let data242 = data237.strategy;
if("client-wins" !== data242){
const err668 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data242};
if(vErrors === null){
vErrors = [err668];
}
else {
vErrors.push(err668);
}
errors++;
}
}
if(data237.description !== undefined){
let data243 = data237.description;
if(typeof data243 === "string"){
if(func1(data243) > 2000){
const err669 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data243};
if(vErrors === null){
vErrors = [err669];
}
else {
vErrors.push(err669);
}
errors++;
}
}
else {
const err670 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data243};
if(vErrors === null){
vErrors = [err670];
}
else {
vErrors.push(err670);
}
errors++;
}
}
}
else {
const err671 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data237};
if(vErrors === null){
vErrors = [err671];
}
else {
vErrors.push(err671);
}
errors++;
}
if(props8 !== true){
props8 = true;
}
}
else if(tag8 === "field-merge"){
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err672 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data237};
if(vErrors === null){
vErrors = [err672];
}
else {
vErrors.push(err672);
}
errors++;
}
for(const key81 in data237){
if(!((key81 === "strategy") || (key81 === "description"))){
const err673 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key81},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data237};
if(vErrors === null){
vErrors = [err673];
}
else {
vErrors.push(err673);
}
errors++;
}
}
if(data237.strategy !== undefined){
let data244 = data237.strategy;
if("field-merge" !== data244){
const err674 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data244};
if(vErrors === null){
vErrors = [err674];
}
else {
vErrors.push(err674);
}
errors++;
}
}
if(data237.description !== undefined){
let data245 = data237.description;
if(typeof data245 === "string"){
if(func1(data245) > 2000){
const err675 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data245};
if(vErrors === null){
vErrors = [err675];
}
else {
vErrors.push(err675);
}
errors++;
}
}
else {
const err676 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data245};
if(vErrors === null){
vErrors = [err676];
}
else {
vErrors.push(err676);
}
errors++;
}
}
}
else {
const err677 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data237};
if(vErrors === null){
vErrors = [err677];
}
else {
vErrors.push(err677);
}
errors++;
}
if(props8 !== true){
props8 = true;
}
}
else if(tag8 === "counter"){
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err678 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data237};
if(vErrors === null){
vErrors = [err678];
}
else {
vErrors.push(err678);
}
errors++;
}
for(const key82 in data237){
if(!((key82 === "strategy") || (key82 === "description"))){
const err679 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key82},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data237};
if(vErrors === null){
vErrors = [err679];
}
else {
vErrors.push(err679);
}
errors++;
}
}
if(data237.strategy !== undefined){
let data246 = data237.strategy;
if("counter" !== data246){
const err680 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data246};
if(vErrors === null){
vErrors = [err680];
}
else {
vErrors.push(err680);
}
errors++;
}
}
if(data237.description !== undefined){
let data247 = data237.description;
if(typeof data247 === "string"){
if(func1(data247) > 2000){
const err681 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data247};
if(vErrors === null){
vErrors = [err681];
}
else {
vErrors.push(err681);
}
errors++;
}
}
else {
const err682 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data247};
if(vErrors === null){
vErrors = [err682];
}
else {
vErrors.push(err682);
}
errors++;
}
}
}
else {
const err683 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data237};
if(vErrors === null){
vErrors = [err683];
}
else {
vErrors.push(err683);
}
errors++;
}
if(props8 !== true){
props8 = true;
}
}
else if(tag8 === "set-union"){
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err684 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data237};
if(vErrors === null){
vErrors = [err684];
}
else {
vErrors.push(err684);
}
errors++;
}
for(const key83 in data237){
if(!((key83 === "strategy") || (key83 === "description"))){
const err685 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key83},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data237};
if(vErrors === null){
vErrors = [err685];
}
else {
vErrors.push(err685);
}
errors++;
}
}
if(data237.strategy !== undefined){
let data248 = data237.strategy;
if("set-union" !== data248){
const err686 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data248};
if(vErrors === null){
vErrors = [err686];
}
else {
vErrors.push(err686);
}
errors++;
}
}
if(data237.description !== undefined){
let data249 = data237.description;
if(typeof data249 === "string"){
if(func1(data249) > 2000){
const err687 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data249};
if(vErrors === null){
vErrors = [err687];
}
else {
vErrors.push(err687);
}
errors++;
}
}
else {
const err688 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data249};
if(vErrors === null){
vErrors = [err688];
}
else {
vErrors.push(err688);
}
errors++;
}
}
}
else {
const err689 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data237};
if(vErrors === null){
vErrors = [err689];
}
else {
vErrors.push(err689);
}
errors++;
}
if(props8 !== true){
props8 = true;
}
}
else if(tag8 === "max"){
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err690 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data237};
if(vErrors === null){
vErrors = [err690];
}
else {
vErrors.push(err690);
}
errors++;
}
for(const key84 in data237){
if(!((key84 === "strategy") || (key84 === "description"))){
const err691 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key84},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data237};
if(vErrors === null){
vErrors = [err691];
}
else {
vErrors.push(err691);
}
errors++;
}
}
if(data237.strategy !== undefined){
let data250 = data237.strategy;
if("max" !== data250){
const err692 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data250};
if(vErrors === null){
vErrors = [err692];
}
else {
vErrors.push(err692);
}
errors++;
}
}
if(data237.description !== undefined){
let data251 = data237.description;
if(typeof data251 === "string"){
if(func1(data251) > 2000){
const err693 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data251};
if(vErrors === null){
vErrors = [err693];
}
else {
vErrors.push(err693);
}
errors++;
}
}
else {
const err694 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data251};
if(vErrors === null){
vErrors = [err694];
}
else {
vErrors.push(err694);
}
errors++;
}
}
}
else {
const err695 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data237};
if(vErrors === null){
vErrors = [err695];
}
else {
vErrors.push(err695);
}
errors++;
}
if(props8 !== true){
props8 = true;
}
}
else if(tag8 === "min"){
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err696 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data237};
if(vErrors === null){
vErrors = [err696];
}
else {
vErrors.push(err696);
}
errors++;
}
for(const key85 in data237){
if(!((key85 === "strategy") || (key85 === "description"))){
const err697 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key85},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data237};
if(vErrors === null){
vErrors = [err697];
}
else {
vErrors.push(err697);
}
errors++;
}
}
if(data237.strategy !== undefined){
let data252 = data237.strategy;
if("min" !== data252){
const err698 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data252};
if(vErrors === null){
vErrors = [err698];
}
else {
vErrors.push(err698);
}
errors++;
}
}
if(data237.description !== undefined){
let data253 = data237.description;
if(typeof data253 === "string"){
if(func1(data253) > 2000){
const err699 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data253};
if(vErrors === null){
vErrors = [err699];
}
else {
vErrors.push(err699);
}
errors++;
}
}
else {
const err700 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data253};
if(vErrors === null){
vErrors = [err700];
}
else {
vErrors.push(err700);
}
errors++;
}
}
}
else {
const err701 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data237};
if(vErrors === null){
vErrors = [err701];
}
else {
vErrors.push(err701);
}
errors++;
}
if(props8 !== true){
props8 = true;
}
}
else if(tag8 === "enum-precedence"){
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err702 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data237};
if(vErrors === null){
vErrors = [err702];
}
else {
vErrors.push(err702);
}
errors++;
}
if(data237.order === undefined){
const err703 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data237};
if(vErrors === null){
vErrors = [err703];
}
else {
vErrors.push(err703);
}
errors++;
}
for(const key86 in data237){
if(!(((key86 === "strategy") || (key86 === "description")) || (key86 === "order"))){
const err704 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key86},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data237};
if(vErrors === null){
vErrors = [err704];
}
else {
vErrors.push(err704);
}
errors++;
}
}
if(data237.strategy !== undefined){
let data254 = data237.strategy;
if("enum-precedence" !== data254){
const err705 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data254};
if(vErrors === null){
vErrors = [err705];
}
else {
vErrors.push(err705);
}
errors++;
}
}
if(data237.description !== undefined){
let data255 = data237.description;
if(typeof data255 === "string"){
if(func1(data255) > 2000){
const err706 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data255};
if(vErrors === null){
vErrors = [err706];
}
else {
vErrors.push(err706);
}
errors++;
}
}
else {
const err707 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data255};
if(vErrors === null){
vErrors = [err707];
}
else {
vErrors.push(err707);
}
errors++;
}
}
if(data237.order !== undefined){
let data256 = data237.order;
if(Array.isArray(data256)){
if(data256.length < 2){
const err708 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data256};
if(vErrors === null){
vErrors = [err708];
}
else {
vErrors.push(err708);
}
errors++;
}
const len16 = data256.length;
for(let i32=0; i32<len16; i32++){
let data257 = data256[i32];
if(typeof data257 === "string"){
if(func1(data257) < 1){
const err709 = {instancePath:instancePath+"/conflict/order/" + i32,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data257};
if(vErrors === null){
vErrors = [err709];
}
else {
vErrors.push(err709);
}
errors++;
}
}
else {
const err710 = {instancePath:instancePath+"/conflict/order/" + i32,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data257};
if(vErrors === null){
vErrors = [err710];
}
else {
vErrors.push(err710);
}
errors++;
}
}
let i33 = data256.length;
let j16;
if(i33 > 1){
const indices16 = {};
for(;i33--;){
let item16 = data256[i33];
if(typeof item16 !== "string"){
continue;
}
if(typeof indices16[item16] == "number"){
j16 = indices16[item16];
const err711 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j16},message:"must NOT have duplicate items (items ## "+j16+" and "+i33+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data256};
if(vErrors === null){
vErrors = [err711];
}
else {
vErrors.push(err711);
}
errors++;
break;
}
indices16[item16] = i33;
}
}
}
else {
const err712 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data256};
if(vErrors === null){
vErrors = [err712];
}
else {
vErrors.push(err712);
}
errors++;
}
}
}
else {
const err713 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data237};
if(vErrors === null){
vErrors = [err713];
}
else {
vErrors.push(err713);
}
errors++;
}
if(props8 !== true){
props8 = true;
}
}
else if(tag8 === "manual"){
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.strategy === undefined){
const err714 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data237};
if(vErrors === null){
vErrors = [err714];
}
else {
vErrors.push(err714);
}
errors++;
}
if(data237.interim === undefined){
const err715 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data237};
if(vErrors === null){
vErrors = [err715];
}
else {
vErrors.push(err715);
}
errors++;
}
for(const key87 in data237){
if(!((((key87 === "strategy") || (key87 === "description")) || (key87 === "interim")) || (key87 === "prompt"))){
const err716 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key87},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data237};
if(vErrors === null){
vErrors = [err716];
}
else {
vErrors.push(err716);
}
errors++;
}
}
if(data237.strategy !== undefined){
let data258 = data237.strategy;
if("manual" !== data258){
const err717 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data258};
if(vErrors === null){
vErrors = [err717];
}
else {
vErrors.push(err717);
}
errors++;
}
}
if(data237.description !== undefined){
let data259 = data237.description;
if(typeof data259 === "string"){
if(func1(data259) > 2000){
const err718 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data259};
if(vErrors === null){
vErrors = [err718];
}
else {
vErrors.push(err718);
}
errors++;
}
}
else {
const err719 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data259};
if(vErrors === null){
vErrors = [err719];
}
else {
vErrors.push(err719);
}
errors++;
}
}
if(data237.interim !== undefined){
let data260 = data237.interim;
if(!(((data260 === "server") || (data260 === "client")) || (data260 === "last-writer-wins"))){
const err720 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data260};
if(vErrors === null){
vErrors = [err720];
}
else {
vErrors.push(err720);
}
errors++;
}
}
if(data237.prompt !== undefined){
let data261 = data237.prompt;
if(typeof data261 === "string"){
if(func1(data261) > 500){
const err721 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data261};
if(vErrors === null){
vErrors = [err721];
}
else {
vErrors.push(err721);
}
errors++;
}
}
else {
const err722 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data261};
if(vErrors === null){
vErrors = [err722];
}
else {
vErrors.push(err722);
}
errors++;
}
}
}
else {
const err723 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data237};
if(vErrors === null){
vErrors = [err723];
}
else {
vErrors.push(err723);
}
errors++;
}
if(props8 !== true){
props8 = true;
}
}
else {
const err724 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag8},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data237};
if(vErrors === null){
vErrors = [err724];
}
else {
vErrors.push(err724);
}
errors++;
}
}
else {
const err725 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag8},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data237};
if(vErrors === null){
vErrors = [err725];
}
else {
vErrors.push(err725);
}
errors++;
}
}
else {
const err726 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data237};
if(vErrors === null){
vErrors = [err726];
}
else {
vErrors.push(err726);
}
errors++;
}
}
if(data.entity !== undefined){
let data262 = data.entity;
if(typeof data262 === "string"){
if(!pattern6.test(data262)){
const err727 = {instancePath:instancePath+"/entity",schemaPath:"#/oneOf/7/properties/entity/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[7].properties.entity,data:data262};
if(vErrors === null){
vErrors = [err727];
}
else {
vErrors.push(err727);
}
errors++;
}
}
else {
const err728 = {instancePath:instancePath+"/entity",schemaPath:"#/oneOf/7/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[7].properties.entity.type,parentSchema:schema48.oneOf[7].properties.entity,data:data262};
if(vErrors === null){
vErrors = [err728];
}
else {
vErrors.push(err728);
}
errors++;
}
}
}
else {
const err729 = {instancePath,schemaPath:"#/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[7].type,parentSchema:schema48.oneOf[7],data};
if(vErrors === null){
vErrors = [err729];
}
else {
vErrors.push(err729);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "counter"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err730 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[8].required,parentSchema:schema48.oneOf[8],data};
if(vErrors === null){
vErrors = [err730];
}
else {
vErrors.push(err730);
}
errors++;
}
if(data.name === undefined){
const err731 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[8].required,parentSchema:schema48.oneOf[8],data};
if(vErrors === null){
vErrors = [err731];
}
else {
vErrors.push(err731);
}
errors++;
}
for(const key88 in data){
if(!(((((((key88 === "type") || (key88 === "name")) || (key88 === "description")) || (key88 === "required")) || (key88 === "tags")) || (key88 === "conflict")) || (key88 === "default"))){
const err732 = {instancePath,schemaPath:"#/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key88},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[8],data};
if(vErrors === null){
vErrors = [err732];
}
else {
vErrors.push(err732);
}
errors++;
}
}
if(data.type !== undefined){
let data263 = data.type;
if("counter" !== data263){
const err733 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/8/properties/type/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema48.oneOf[8].properties.type,data:data263};
if(vErrors === null){
vErrors = [err733];
}
else {
vErrors.push(err733);
}
errors++;
}
}
if(data.name !== undefined){
let data264 = data.name;
if(typeof data264 === "string"){
if(!pattern6.test(data264)){
const err734 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/8/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[8].properties.name,data:data264};
if(vErrors === null){
vErrors = [err734];
}
else {
vErrors.push(err734);
}
errors++;
}
}
else {
const err735 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/8/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[8].properties.name.type,parentSchema:schema48.oneOf[8].properties.name,data:data264};
if(vErrors === null){
vErrors = [err735];
}
else {
vErrors.push(err735);
}
errors++;
}
}
if(data.description !== undefined){
let data265 = data.description;
if(typeof data265 === "string"){
if(func1(data265) > 2000){
const err736 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[8].properties.description,data:data265};
if(vErrors === null){
vErrors = [err736];
}
else {
vErrors.push(err736);
}
errors++;
}
}
else {
const err737 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[8].properties.description.type,parentSchema:schema48.oneOf[8].properties.description,data:data265};
if(vErrors === null){
vErrors = [err737];
}
else {
vErrors.push(err737);
}
errors++;
}
}
if(data.required !== undefined){
let data266 = data.required;
if(typeof data266 !== "boolean"){
const err738 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/8/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[8].properties.required.type,parentSchema:schema48.oneOf[8].properties.required,data:data266};
if(vErrors === null){
vErrors = [err738];
}
else {
vErrors.push(err738);
}
errors++;
}
}
if(data.tags !== undefined){
let data267 = data.tags;
if(Array.isArray(data267)){
const len17 = data267.length;
for(let i34=0; i34<len17; i34++){
let data268 = data267[i34];
if(typeof data268 === "string"){
if(!pattern22.test(data268)){
const err739 = {instancePath:instancePath+"/tags/" + i34,schemaPath:"#/oneOf/8/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[8].properties.tags.items,data:data268};
if(vErrors === null){
vErrors = [err739];
}
else {
vErrors.push(err739);
}
errors++;
}
}
else {
const err740 = {instancePath:instancePath+"/tags/" + i34,schemaPath:"#/oneOf/8/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[8].properties.tags.items.type,parentSchema:schema48.oneOf[8].properties.tags.items,data:data268};
if(vErrors === null){
vErrors = [err740];
}
else {
vErrors.push(err740);
}
errors++;
}
}
let i35 = data267.length;
let j17;
if(i35 > 1){
const indices17 = {};
for(;i35--;){
let item17 = data267[i35];
if(typeof item17 !== "string"){
continue;
}
if(typeof indices17[item17] == "number"){
j17 = indices17[item17];
const err741 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/8/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i35, j: j17},message:"must NOT have duplicate items (items ## "+j17+" and "+i35+" are identical)",schema:true,parentSchema:schema48.oneOf[8].properties.tags,data:data267};
if(vErrors === null){
vErrors = [err741];
}
else {
vErrors.push(err741);
}
errors++;
break;
}
indices17[item17] = i35;
}
}
}
else {
const err742 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/8/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[8].properties.tags.type,parentSchema:schema48.oneOf[8].properties.tags,data:data267};
if(vErrors === null){
vErrors = [err742];
}
else {
vErrors.push(err742);
}
errors++;
}
}
if(data.conflict !== undefined){
let data269 = data.conflict;
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err743 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data269};
if(vErrors === null){
vErrors = [err743];
}
else {
vErrors.push(err743);
}
errors++;
}
const tag9 = data269.strategy;
if(typeof tag9 == "string"){
if(tag9 === "last-writer-wins"){
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err744 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data269};
if(vErrors === null){
vErrors = [err744];
}
else {
vErrors.push(err744);
}
errors++;
}
for(const key89 in data269){
if(!((key89 === "strategy") || (key89 === "description"))){
const err745 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key89},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data269};
if(vErrors === null){
vErrors = [err745];
}
else {
vErrors.push(err745);
}
errors++;
}
}
if(data269.strategy !== undefined){
let data270 = data269.strategy;
if("last-writer-wins" !== data270){
const err746 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data270};
if(vErrors === null){
vErrors = [err746];
}
else {
vErrors.push(err746);
}
errors++;
}
}
if(data269.description !== undefined){
let data271 = data269.description;
if(typeof data271 === "string"){
if(func1(data271) > 2000){
const err747 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data271};
if(vErrors === null){
vErrors = [err747];
}
else {
vErrors.push(err747);
}
errors++;
}
}
else {
const err748 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data271};
if(vErrors === null){
vErrors = [err748];
}
else {
vErrors.push(err748);
}
errors++;
}
}
}
else {
const err749 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data269};
if(vErrors === null){
vErrors = [err749];
}
else {
vErrors.push(err749);
}
errors++;
}
var props9 = true;
}
else if(tag9 === "server-wins"){
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err750 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data269};
if(vErrors === null){
vErrors = [err750];
}
else {
vErrors.push(err750);
}
errors++;
}
for(const key90 in data269){
if(!((key90 === "strategy") || (key90 === "description"))){
const err751 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key90},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data269};
if(vErrors === null){
vErrors = [err751];
}
else {
vErrors.push(err751);
}
errors++;
}
}
if(data269.strategy !== undefined){
let data272 = data269.strategy;
if("server-wins" !== data272){
const err752 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data272};
if(vErrors === null){
vErrors = [err752];
}
else {
vErrors.push(err752);
}
errors++;
}
}
if(data269.description !== undefined){
let data273 = data269.description;
if(typeof data273 === "string"){
if(func1(data273) > 2000){
const err753 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data273};
if(vErrors === null){
vErrors = [err753];
}
else {
vErrors.push(err753);
}
errors++;
}
}
else {
const err754 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data273};
if(vErrors === null){
vErrors = [err754];
}
else {
vErrors.push(err754);
}
errors++;
}
}
}
else {
const err755 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data269};
if(vErrors === null){
vErrors = [err755];
}
else {
vErrors.push(err755);
}
errors++;
}
if(props9 !== true){
props9 = true;
}
}
else if(tag9 === "client-wins"){
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err756 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data269};
if(vErrors === null){
vErrors = [err756];
}
else {
vErrors.push(err756);
}
errors++;
}
for(const key91 in data269){
if(!((key91 === "strategy") || (key91 === "description"))){
const err757 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key91},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data269};
if(vErrors === null){
vErrors = [err757];
}
else {
vErrors.push(err757);
}
errors++;
}
}
if(data269.strategy !== undefined){
let data274 = data269.strategy;
if("client-wins" !== data274){
const err758 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data274};
if(vErrors === null){
vErrors = [err758];
}
else {
vErrors.push(err758);
}
errors++;
}
}
if(data269.description !== undefined){
let data275 = data269.description;
if(typeof data275 === "string"){
if(func1(data275) > 2000){
const err759 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data275};
if(vErrors === null){
vErrors = [err759];
}
else {
vErrors.push(err759);
}
errors++;
}
}
else {
const err760 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data275};
if(vErrors === null){
vErrors = [err760];
}
else {
vErrors.push(err760);
}
errors++;
}
}
}
else {
const err761 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data269};
if(vErrors === null){
vErrors = [err761];
}
else {
vErrors.push(err761);
}
errors++;
}
if(props9 !== true){
props9 = true;
}
}
else if(tag9 === "field-merge"){
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err762 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data269};
if(vErrors === null){
vErrors = [err762];
}
else {
vErrors.push(err762);
}
errors++;
}
for(const key92 in data269){
if(!((key92 === "strategy") || (key92 === "description"))){
const err763 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key92},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data269};
if(vErrors === null){
vErrors = [err763];
}
else {
vErrors.push(err763);
}
errors++;
}
}
if(data269.strategy !== undefined){
let data276 = data269.strategy;
if("field-merge" !== data276){
const err764 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data276};
if(vErrors === null){
vErrors = [err764];
}
else {
vErrors.push(err764);
}
errors++;
}
}
if(data269.description !== undefined){
let data277 = data269.description;
if(typeof data277 === "string"){
if(func1(data277) > 2000){
const err765 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data277};
if(vErrors === null){
vErrors = [err765];
}
else {
vErrors.push(err765);
}
errors++;
}
}
else {
const err766 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data277};
if(vErrors === null){
vErrors = [err766];
}
else {
vErrors.push(err766);
}
errors++;
}
}
}
else {
const err767 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data269};
if(vErrors === null){
vErrors = [err767];
}
else {
vErrors.push(err767);
}
errors++;
}
if(props9 !== true){
props9 = true;
}
}
else if(tag9 === "counter"){
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err768 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data269};
if(vErrors === null){
vErrors = [err768];
}
else {
vErrors.push(err768);
}
errors++;
}
for(const key93 in data269){
if(!((key93 === "strategy") || (key93 === "description"))){
const err769 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key93},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data269};
if(vErrors === null){
vErrors = [err769];
}
else {
vErrors.push(err769);
}
errors++;
}
}
if(data269.strategy !== undefined){
let data278 = data269.strategy;
if("counter" !== data278){
const err770 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data278};
if(vErrors === null){
vErrors = [err770];
}
else {
vErrors.push(err770);
}
errors++;
}
}
if(data269.description !== undefined){
let data279 = data269.description;
if(typeof data279 === "string"){
if(func1(data279) > 2000){
const err771 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data279};
if(vErrors === null){
vErrors = [err771];
}
else {
vErrors.push(err771);
}
errors++;
}
}
else {
const err772 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data279};
if(vErrors === null){
vErrors = [err772];
}
else {
vErrors.push(err772);
}
errors++;
}
}
}
else {
const err773 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data269};
if(vErrors === null){
vErrors = [err773];
}
else {
vErrors.push(err773);
}
errors++;
}
if(props9 !== true){
props9 = true;
}
}
else if(tag9 === "set-union"){
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err774 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data269};
if(vErrors === null){
vErrors = [err774];
}
else {
vErrors.push(err774);
}
errors++;
}
for(const key94 in data269){
if(!((key94 === "strategy") || (key94 === "description"))){
const err775 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key94},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data269};
if(vErrors === null){
vErrors = [err775];
}
else {
vErrors.push(err775);
}
errors++;
}
}
if(data269.strategy !== undefined){
let data280 = data269.strategy;
if("set-union" !== data280){
const err776 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data280};
if(vErrors === null){
vErrors = [err776];
}
else {
vErrors.push(err776);
}
errors++;
}
}
if(data269.description !== undefined){
let data281 = data269.description;
if(typeof data281 === "string"){
if(func1(data281) > 2000){
const err777 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data281};
if(vErrors === null){
vErrors = [err777];
}
else {
vErrors.push(err777);
}
errors++;
}
}
else {
const err778 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data281};
if(vErrors === null){
vErrors = [err778];
}
else {
vErrors.push(err778);
}
errors++;
}
}
}
else {
const err779 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data269};
if(vErrors === null){
vErrors = [err779];
}
else {
vErrors.push(err779);
}
errors++;
}
if(props9 !== true){
props9 = true;
}
}
else if(tag9 === "max"){
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err780 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data269};
if(vErrors === null){
vErrors = [err780];
}
else {
vErrors.push(err780);
}
errors++;
}
for(const key95 in data269){
if(!((key95 === "strategy") || (key95 === "description"))){
const err781 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key95},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data269};
if(vErrors === null){
vErrors = [err781];
}
else {
vErrors.push(err781);
}
errors++;
}
}
if(data269.strategy !== undefined){
let data282 = data269.strategy;
if("max" !== data282){
const err782 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data282};
if(vErrors === null){
vErrors = [err782];
}
else {
vErrors.push(err782);
}
errors++;
}
}
if(data269.description !== undefined){
let data283 = data269.description;
if(typeof data283 === "string"){
if(func1(data283) > 2000){
const err783 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data283};
if(vErrors === null){
vErrors = [err783];
}
else {
vErrors.push(err783);
}
errors++;
}
}
else {
const err784 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data283};
if(vErrors === null){
vErrors = [err784];
}
else {
vErrors.push(err784);
}
errors++;
}
}
}
else {
const err785 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data269};
if(vErrors === null){
vErrors = [err785];
}
else {
vErrors.push(err785);
}
errors++;
}
if(props9 !== true){
props9 = true;
}
}
else if(tag9 === "min"){
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err786 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data269};
if(vErrors === null){
vErrors = [err786];
}
else {
vErrors.push(err786);
}
errors++;
}
for(const key96 in data269){
if(!((key96 === "strategy") || (key96 === "description"))){
const err787 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key96},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data269};
if(vErrors === null){
vErrors = [err787];
}
else {
vErrors.push(err787);
}
errors++;
}
}
if(data269.strategy !== undefined){
let data284 = data269.strategy;
if("min" !== data284){
const err788 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data284};
if(vErrors === null){
vErrors = [err788];
}
else {
vErrors.push(err788);
}
errors++;
}
}
if(data269.description !== undefined){
let data285 = data269.description;
if(typeof data285 === "string"){
if(func1(data285) > 2000){
const err789 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data285};
if(vErrors === null){
vErrors = [err789];
}
else {
vErrors.push(err789);
}
errors++;
}
}
else {
const err790 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data285};
if(vErrors === null){
vErrors = [err790];
}
else {
vErrors.push(err790);
}
errors++;
}
}
}
else {
const err791 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data269};
if(vErrors === null){
vErrors = [err791];
}
else {
vErrors.push(err791);
}
errors++;
}
if(props9 !== true){
props9 = true;
}
}
else if(tag9 === "enum-precedence"){
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err792 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data269};
if(vErrors === null){
vErrors = [err792];
}
else {
vErrors.push(err792);
}
errors++;
}
if(data269.order === undefined){
const err793 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data269};
if(vErrors === null){
vErrors = [err793];
}
else {
vErrors.push(err793);
}
errors++;
}
for(const key97 in data269){
if(!(((key97 === "strategy") || (key97 === "description")) || (key97 === "order"))){
const err794 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key97},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data269};
if(vErrors === null){
vErrors = [err794];
}
else {
vErrors.push(err794);
}
errors++;
}
}
if(data269.strategy !== undefined){
let data286 = data269.strategy;
if("enum-precedence" !== data286){
const err795 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data286};
if(vErrors === null){
vErrors = [err795];
}
else {
vErrors.push(err795);
}
errors++;
}
}
if(data269.description !== undefined){
let data287 = data269.description;
if(typeof data287 === "string"){
if(func1(data287) > 2000){
const err796 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data287};
if(vErrors === null){
vErrors = [err796];
}
else {
vErrors.push(err796);
}
errors++;
}
}
else {
const err797 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data287};
if(vErrors === null){
vErrors = [err797];
}
else {
vErrors.push(err797);
}
errors++;
}
}
if(data269.order !== undefined){
let data288 = data269.order;
if(Array.isArray(data288)){
if(data288.length < 2){
const err798 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data288};
if(vErrors === null){
vErrors = [err798];
}
else {
vErrors.push(err798);
}
errors++;
}
const len18 = data288.length;
for(let i36=0; i36<len18; i36++){
let data289 = data288[i36];
if(typeof data289 === "string"){
if(func1(data289) < 1){
const err799 = {instancePath:instancePath+"/conflict/order/" + i36,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data289};
if(vErrors === null){
vErrors = [err799];
}
else {
vErrors.push(err799);
}
errors++;
}
}
else {
const err800 = {instancePath:instancePath+"/conflict/order/" + i36,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data289};
if(vErrors === null){
vErrors = [err800];
}
else {
vErrors.push(err800);
}
errors++;
}
}
let i37 = data288.length;
let j18;
if(i37 > 1){
const indices18 = {};
for(;i37--;){
let item18 = data288[i37];
if(typeof item18 !== "string"){
continue;
}
if(typeof indices18[item18] == "number"){
j18 = indices18[item18];
const err801 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i37, j: j18},message:"must NOT have duplicate items (items ## "+j18+" and "+i37+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data288};
if(vErrors === null){
vErrors = [err801];
}
else {
vErrors.push(err801);
}
errors++;
break;
}
indices18[item18] = i37;
}
}
}
else {
const err802 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data288};
if(vErrors === null){
vErrors = [err802];
}
else {
vErrors.push(err802);
}
errors++;
}
}
}
else {
const err803 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data269};
if(vErrors === null){
vErrors = [err803];
}
else {
vErrors.push(err803);
}
errors++;
}
if(props9 !== true){
props9 = true;
}
}
else if(tag9 === "manual"){
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.strategy === undefined){
const err804 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data269};
if(vErrors === null){
vErrors = [err804];
}
else {
vErrors.push(err804);
}
errors++;
}
if(data269.interim === undefined){
const err805 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data269};
if(vErrors === null){
vErrors = [err805];
}
else {
vErrors.push(err805);
}
errors++;
}
for(const key98 in data269){
if(!((((key98 === "strategy") || (key98 === "description")) || (key98 === "interim")) || (key98 === "prompt"))){
const err806 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key98},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data269};
if(vErrors === null){
vErrors = [err806];
}
else {
vErrors.push(err806);
}
errors++;
}
}
if(data269.strategy !== undefined){
let data290 = data269.strategy;
if("manual" !== data290){
const err807 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data290};
if(vErrors === null){
vErrors = [err807];
}
else {
vErrors.push(err807);
}
errors++;
}
}
if(data269.description !== undefined){
let data291 = data269.description;
if(typeof data291 === "string"){
if(func1(data291) > 2000){
const err808 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data291};
if(vErrors === null){
vErrors = [err808];
}
else {
vErrors.push(err808);
}
errors++;
}
}
else {
const err809 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data291};
if(vErrors === null){
vErrors = [err809];
}
else {
vErrors.push(err809);
}
errors++;
}
}
if(data269.interim !== undefined){
let data292 = data269.interim;
if(!(((data292 === "server") || (data292 === "client")) || (data292 === "last-writer-wins"))){
const err810 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data292};
if(vErrors === null){
vErrors = [err810];
}
else {
vErrors.push(err810);
}
errors++;
}
}
if(data269.prompt !== undefined){
let data293 = data269.prompt;
if(typeof data293 === "string"){
if(func1(data293) > 500){
const err811 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data293};
if(vErrors === null){
vErrors = [err811];
}
else {
vErrors.push(err811);
}
errors++;
}
}
else {
const err812 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data293};
if(vErrors === null){
vErrors = [err812];
}
else {
vErrors.push(err812);
}
errors++;
}
}
}
else {
const err813 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data269};
if(vErrors === null){
vErrors = [err813];
}
else {
vErrors.push(err813);
}
errors++;
}
if(props9 !== true){
props9 = true;
}
}
else {
const err814 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag9},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data269};
if(vErrors === null){
vErrors = [err814];
}
else {
vErrors.push(err814);
}
errors++;
}
}
else {
const err815 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag9},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data269};
if(vErrors === null){
vErrors = [err815];
}
else {
vErrors.push(err815);
}
errors++;
}
}
else {
const err816 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data269};
if(vErrors === null){
vErrors = [err816];
}
else {
vErrors.push(err816);
}
errors++;
}
}
if(data.default !== undefined){
let data294 = data.default;
if(!(((typeof data294 == "number") && (!(data294 % 1) && !isNaN(data294))) && (isFinite(data294)))){
const err817 = {instancePath:instancePath+"/default",schemaPath:"#/oneOf/8/properties/default/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.oneOf[8].properties.default.type,parentSchema:schema48.oneOf[8].properties.default,data:data294};
if(vErrors === null){
vErrors = [err817];
}
else {
vErrors.push(err817);
}
errors++;
}
}
}
else {
const err818 = {instancePath,schemaPath:"#/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[8].type,parentSchema:schema48.oneOf[8],data};
if(vErrors === null){
vErrors = [err818];
}
else {
vErrors.push(err818);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "string-set"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err819 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[9].required,parentSchema:schema48.oneOf[9],data};
if(vErrors === null){
vErrors = [err819];
}
else {
vErrors.push(err819);
}
errors++;
}
if(data.name === undefined){
const err820 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[9].required,parentSchema:schema48.oneOf[9],data};
if(vErrors === null){
vErrors = [err820];
}
else {
vErrors.push(err820);
}
errors++;
}
for(const key99 in data){
if(!(((((((key99 === "type") || (key99 === "name")) || (key99 === "description")) || (key99 === "required")) || (key99 === "tags")) || (key99 === "conflict")) || (key99 === "maxItems"))){
const err821 = {instancePath,schemaPath:"#/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key99},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[9],data};
if(vErrors === null){
vErrors = [err821];
}
else {
vErrors.push(err821);
}
errors++;
}
}
if(data.type !== undefined){
let data295 = data.type;
if("string-set" !== data295){
const err822 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/9/properties/type/const",keyword:"const",params:{allowedValue: "string-set"},message:"must be equal to constant",schema:"string-set",parentSchema:schema48.oneOf[9].properties.type,data:data295};
if(vErrors === null){
vErrors = [err822];
}
else {
vErrors.push(err822);
}
errors++;
}
}
if(data.name !== undefined){
let data296 = data.name;
if(typeof data296 === "string"){
if(!pattern6.test(data296)){
const err823 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/9/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[9].properties.name,data:data296};
if(vErrors === null){
vErrors = [err823];
}
else {
vErrors.push(err823);
}
errors++;
}
}
else {
const err824 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/9/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[9].properties.name.type,parentSchema:schema48.oneOf[9].properties.name,data:data296};
if(vErrors === null){
vErrors = [err824];
}
else {
vErrors.push(err824);
}
errors++;
}
}
if(data.description !== undefined){
let data297 = data.description;
if(typeof data297 === "string"){
if(func1(data297) > 2000){
const err825 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[9].properties.description,data:data297};
if(vErrors === null){
vErrors = [err825];
}
else {
vErrors.push(err825);
}
errors++;
}
}
else {
const err826 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[9].properties.description.type,parentSchema:schema48.oneOf[9].properties.description,data:data297};
if(vErrors === null){
vErrors = [err826];
}
else {
vErrors.push(err826);
}
errors++;
}
}
if(data.required !== undefined){
let data298 = data.required;
if(typeof data298 !== "boolean"){
const err827 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/9/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[9].properties.required.type,parentSchema:schema48.oneOf[9].properties.required,data:data298};
if(vErrors === null){
vErrors = [err827];
}
else {
vErrors.push(err827);
}
errors++;
}
}
if(data.tags !== undefined){
let data299 = data.tags;
if(Array.isArray(data299)){
const len19 = data299.length;
for(let i38=0; i38<len19; i38++){
let data300 = data299[i38];
if(typeof data300 === "string"){
if(!pattern22.test(data300)){
const err828 = {instancePath:instancePath+"/tags/" + i38,schemaPath:"#/oneOf/9/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[9].properties.tags.items,data:data300};
if(vErrors === null){
vErrors = [err828];
}
else {
vErrors.push(err828);
}
errors++;
}
}
else {
const err829 = {instancePath:instancePath+"/tags/" + i38,schemaPath:"#/oneOf/9/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[9].properties.tags.items.type,parentSchema:schema48.oneOf[9].properties.tags.items,data:data300};
if(vErrors === null){
vErrors = [err829];
}
else {
vErrors.push(err829);
}
errors++;
}
}
let i39 = data299.length;
let j19;
if(i39 > 1){
const indices19 = {};
for(;i39--;){
let item19 = data299[i39];
if(typeof item19 !== "string"){
continue;
}
if(typeof indices19[item19] == "number"){
j19 = indices19[item19];
const err830 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/9/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i39, j: j19},message:"must NOT have duplicate items (items ## "+j19+" and "+i39+" are identical)",schema:true,parentSchema:schema48.oneOf[9].properties.tags,data:data299};
if(vErrors === null){
vErrors = [err830];
}
else {
vErrors.push(err830);
}
errors++;
break;
}
indices19[item19] = i39;
}
}
}
else {
const err831 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/9/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[9].properties.tags.type,parentSchema:schema48.oneOf[9].properties.tags,data:data299};
if(vErrors === null){
vErrors = [err831];
}
else {
vErrors.push(err831);
}
errors++;
}
}
if(data.conflict !== undefined){
let data301 = data.conflict;
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err832 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data301};
if(vErrors === null){
vErrors = [err832];
}
else {
vErrors.push(err832);
}
errors++;
}
const tag10 = data301.strategy;
if(typeof tag10 == "string"){
if(tag10 === "last-writer-wins"){
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err833 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data301};
if(vErrors === null){
vErrors = [err833];
}
else {
vErrors.push(err833);
}
errors++;
}
for(const key100 in data301){
if(!((key100 === "strategy") || (key100 === "description"))){
const err834 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key100},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data301};
if(vErrors === null){
vErrors = [err834];
}
else {
vErrors.push(err834);
}
errors++;
}
}
if(data301.strategy !== undefined){
let data302 = data301.strategy;
if("last-writer-wins" !== data302){
const err835 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data302};
if(vErrors === null){
vErrors = [err835];
}
else {
vErrors.push(err835);
}
errors++;
}
}
if(data301.description !== undefined){
let data303 = data301.description;
if(typeof data303 === "string"){
if(func1(data303) > 2000){
const err836 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data303};
if(vErrors === null){
vErrors = [err836];
}
else {
vErrors.push(err836);
}
errors++;
}
}
else {
const err837 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data303};
if(vErrors === null){
vErrors = [err837];
}
else {
vErrors.push(err837);
}
errors++;
}
}
}
else {
const err838 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data301};
if(vErrors === null){
vErrors = [err838];
}
else {
vErrors.push(err838);
}
errors++;
}
var props10 = true;
}
else if(tag10 === "server-wins"){
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err839 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data301};
if(vErrors === null){
vErrors = [err839];
}
else {
vErrors.push(err839);
}
errors++;
}
for(const key101 in data301){
if(!((key101 === "strategy") || (key101 === "description"))){
const err840 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key101},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data301};
if(vErrors === null){
vErrors = [err840];
}
else {
vErrors.push(err840);
}
errors++;
}
}
if(data301.strategy !== undefined){
let data304 = data301.strategy;
if("server-wins" !== data304){
const err841 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data304};
if(vErrors === null){
vErrors = [err841];
}
else {
vErrors.push(err841);
}
errors++;
}
}
if(data301.description !== undefined){
let data305 = data301.description;
if(typeof data305 === "string"){
if(func1(data305) > 2000){
const err842 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data305};
if(vErrors === null){
vErrors = [err842];
}
else {
vErrors.push(err842);
}
errors++;
}
}
else {
const err843 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data305};
if(vErrors === null){
vErrors = [err843];
}
else {
vErrors.push(err843);
}
errors++;
}
}
}
else {
const err844 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data301};
if(vErrors === null){
vErrors = [err844];
}
else {
vErrors.push(err844);
}
errors++;
}
if(props10 !== true){
props10 = true;
}
}
else if(tag10 === "client-wins"){
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err845 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data301};
if(vErrors === null){
vErrors = [err845];
}
else {
vErrors.push(err845);
}
errors++;
}
for(const key102 in data301){
if(!((key102 === "strategy") || (key102 === "description"))){
const err846 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key102},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data301};
if(vErrors === null){
vErrors = [err846];
}
else {
vErrors.push(err846);
}
errors++;
}
}
if(data301.strategy !== undefined){
let data306 = data301.strategy;
if("client-wins" !== data306){
const err847 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data306};
if(vErrors === null){
vErrors = [err847];
}
else {
vErrors.push(err847);
}
errors++;
}
}
if(data301.description !== undefined){
let data307 = data301.description;
if(typeof data307 === "string"){
if(func1(data307) > 2000){
const err848 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data307};
if(vErrors === null){
vErrors = [err848];
}
else {
vErrors.push(err848);
}
errors++;
}
}
else {
const err849 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data307};
if(vErrors === null){
vErrors = [err849];
}
else {
vErrors.push(err849);
}
errors++;
}
}
}
else {
const err850 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data301};
if(vErrors === null){
vErrors = [err850];
}
else {
vErrors.push(err850);
}
errors++;
}
if(props10 !== true){
props10 = true;
}
}
else if(tag10 === "field-merge"){
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err851 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data301};
if(vErrors === null){
vErrors = [err851];
}
else {
vErrors.push(err851);
}
errors++;
}
for(const key103 in data301){
if(!((key103 === "strategy") || (key103 === "description"))){
const err852 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key103},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data301};
if(vErrors === null){
vErrors = [err852];
}
else {
vErrors.push(err852);
}
errors++;
}
}
if(data301.strategy !== undefined){
let data308 = data301.strategy;
if("field-merge" !== data308){
const err853 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data308};
if(vErrors === null){
vErrors = [err853];
}
else {
vErrors.push(err853);
}
errors++;
}
}
if(data301.description !== undefined){
let data309 = data301.description;
if(typeof data309 === "string"){
if(func1(data309) > 2000){
const err854 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data309};
if(vErrors === null){
vErrors = [err854];
}
else {
vErrors.push(err854);
}
errors++;
}
}
else {
const err855 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data309};
if(vErrors === null){
vErrors = [err855];
}
else {
vErrors.push(err855);
}
errors++;
}
}
}
else {
const err856 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data301};
if(vErrors === null){
vErrors = [err856];
}
else {
vErrors.push(err856);
}
errors++;
}
if(props10 !== true){
props10 = true;
}
}
else if(tag10 === "counter"){
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err857 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data301};
if(vErrors === null){
vErrors = [err857];
}
else {
vErrors.push(err857);
}
errors++;
}
for(const key104 in data301){
if(!((key104 === "strategy") || (key104 === "description"))){
const err858 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key104},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data301};
if(vErrors === null){
vErrors = [err858];
}
else {
vErrors.push(err858);
}
errors++;
}
}
if(data301.strategy !== undefined){
let data310 = data301.strategy;
if("counter" !== data310){
const err859 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data310};
if(vErrors === null){
vErrors = [err859];
}
else {
vErrors.push(err859);
}
errors++;
}
}
if(data301.description !== undefined){
let data311 = data301.description;
if(typeof data311 === "string"){
if(func1(data311) > 2000){
const err860 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data311};
if(vErrors === null){
vErrors = [err860];
}
else {
vErrors.push(err860);
}
errors++;
}
}
else {
const err861 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data311};
if(vErrors === null){
vErrors = [err861];
}
else {
vErrors.push(err861);
}
errors++;
}
}
}
else {
const err862 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data301};
if(vErrors === null){
vErrors = [err862];
}
else {
vErrors.push(err862);
}
errors++;
}
if(props10 !== true){
props10 = true;
}
}
else if(tag10 === "set-union"){
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err863 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data301};
if(vErrors === null){
vErrors = [err863];
}
else {
vErrors.push(err863);
}
errors++;
}
for(const key105 in data301){
if(!((key105 === "strategy") || (key105 === "description"))){
const err864 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key105},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data301};
if(vErrors === null){
vErrors = [err864];
}
else {
vErrors.push(err864);
}
errors++;
}
}
if(data301.strategy !== undefined){
let data312 = data301.strategy;
if("set-union" !== data312){
const err865 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data312};
if(vErrors === null){
vErrors = [err865];
}
else {
vErrors.push(err865);
}
errors++;
}
}
if(data301.description !== undefined){
let data313 = data301.description;
if(typeof data313 === "string"){
if(func1(data313) > 2000){
const err866 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data313};
if(vErrors === null){
vErrors = [err866];
}
else {
vErrors.push(err866);
}
errors++;
}
}
else {
const err867 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data313};
if(vErrors === null){
vErrors = [err867];
}
else {
vErrors.push(err867);
}
errors++;
}
}
}
else {
const err868 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data301};
if(vErrors === null){
vErrors = [err868];
}
else {
vErrors.push(err868);
}
errors++;
}
if(props10 !== true){
props10 = true;
}
}
else if(tag10 === "max"){
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err869 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data301};
if(vErrors === null){
vErrors = [err869];
}
else {
vErrors.push(err869);
}
errors++;
}
for(const key106 in data301){
if(!((key106 === "strategy") || (key106 === "description"))){
const err870 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key106},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data301};
if(vErrors === null){
vErrors = [err870];
}
else {
vErrors.push(err870);
}
errors++;
}
}
if(data301.strategy !== undefined){
let data314 = data301.strategy;
if("max" !== data314){
const err871 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data314};
if(vErrors === null){
vErrors = [err871];
}
else {
vErrors.push(err871);
}
errors++;
}
}
if(data301.description !== undefined){
let data315 = data301.description;
if(typeof data315 === "string"){
if(func1(data315) > 2000){
const err872 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data315};
if(vErrors === null){
vErrors = [err872];
}
else {
vErrors.push(err872);
}
errors++;
}
}
else {
const err873 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data315};
if(vErrors === null){
vErrors = [err873];
}
else {
vErrors.push(err873);
}
errors++;
}
}
}
else {
const err874 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data301};
if(vErrors === null){
vErrors = [err874];
}
else {
vErrors.push(err874);
}
errors++;
}
if(props10 !== true){
props10 = true;
}
}
else if(tag10 === "min"){
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err875 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data301};
if(vErrors === null){
vErrors = [err875];
}
else {
vErrors.push(err875);
}
errors++;
}
for(const key107 in data301){
if(!((key107 === "strategy") || (key107 === "description"))){
const err876 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key107},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data301};
if(vErrors === null){
vErrors = [err876];
}
else {
vErrors.push(err876);
}
errors++;
}
}
if(data301.strategy !== undefined){
let data316 = data301.strategy;
if("min" !== data316){
const err877 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data316};
if(vErrors === null){
vErrors = [err877];
}
else {
vErrors.push(err877);
}
errors++;
}
}
if(data301.description !== undefined){
let data317 = data301.description;
if(typeof data317 === "string"){
if(func1(data317) > 2000){
const err878 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data317};
if(vErrors === null){
vErrors = [err878];
}
else {
vErrors.push(err878);
}
errors++;
}
}
else {
const err879 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data317};
if(vErrors === null){
vErrors = [err879];
}
else {
vErrors.push(err879);
}
errors++;
}
}
}
else {
const err880 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data301};
if(vErrors === null){
vErrors = [err880];
}
else {
vErrors.push(err880);
}
errors++;
}
if(props10 !== true){
props10 = true;
}
}
else if(tag10 === "enum-precedence"){
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err881 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data301};
if(vErrors === null){
vErrors = [err881];
}
else {
vErrors.push(err881);
}
errors++;
}
if(data301.order === undefined){
const err882 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data301};
if(vErrors === null){
vErrors = [err882];
}
else {
vErrors.push(err882);
}
errors++;
}
for(const key108 in data301){
if(!(((key108 === "strategy") || (key108 === "description")) || (key108 === "order"))){
const err883 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key108},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data301};
if(vErrors === null){
vErrors = [err883];
}
else {
vErrors.push(err883);
}
errors++;
}
}
if(data301.strategy !== undefined){
let data318 = data301.strategy;
if("enum-precedence" !== data318){
const err884 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data318};
if(vErrors === null){
vErrors = [err884];
}
else {
vErrors.push(err884);
}
errors++;
}
}
if(data301.description !== undefined){
let data319 = data301.description;
if(typeof data319 === "string"){
if(func1(data319) > 2000){
const err885 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data319};
if(vErrors === null){
vErrors = [err885];
}
else {
vErrors.push(err885);
}
errors++;
}
}
else {
const err886 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data319};
if(vErrors === null){
vErrors = [err886];
}
else {
vErrors.push(err886);
}
errors++;
}
}
if(data301.order !== undefined){
let data320 = data301.order;
if(Array.isArray(data320)){
if(data320.length < 2){
const err887 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data320};
if(vErrors === null){
vErrors = [err887];
}
else {
vErrors.push(err887);
}
errors++;
}
const len20 = data320.length;
for(let i40=0; i40<len20; i40++){
let data321 = data320[i40];
if(typeof data321 === "string"){
if(func1(data321) < 1){
const err888 = {instancePath:instancePath+"/conflict/order/" + i40,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data321};
if(vErrors === null){
vErrors = [err888];
}
else {
vErrors.push(err888);
}
errors++;
}
}
else {
const err889 = {instancePath:instancePath+"/conflict/order/" + i40,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data321};
if(vErrors === null){
vErrors = [err889];
}
else {
vErrors.push(err889);
}
errors++;
}
}
let i41 = data320.length;
let j20;
if(i41 > 1){
const indices20 = {};
for(;i41--;){
let item20 = data320[i41];
if(typeof item20 !== "string"){
continue;
}
if(typeof indices20[item20] == "number"){
j20 = indices20[item20];
const err890 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i41, j: j20},message:"must NOT have duplicate items (items ## "+j20+" and "+i41+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data320};
if(vErrors === null){
vErrors = [err890];
}
else {
vErrors.push(err890);
}
errors++;
break;
}
indices20[item20] = i41;
}
}
}
else {
const err891 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data320};
if(vErrors === null){
vErrors = [err891];
}
else {
vErrors.push(err891);
}
errors++;
}
}
}
else {
const err892 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data301};
if(vErrors === null){
vErrors = [err892];
}
else {
vErrors.push(err892);
}
errors++;
}
if(props10 !== true){
props10 = true;
}
}
else if(tag10 === "manual"){
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.strategy === undefined){
const err893 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data301};
if(vErrors === null){
vErrors = [err893];
}
else {
vErrors.push(err893);
}
errors++;
}
if(data301.interim === undefined){
const err894 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data301};
if(vErrors === null){
vErrors = [err894];
}
else {
vErrors.push(err894);
}
errors++;
}
for(const key109 in data301){
if(!((((key109 === "strategy") || (key109 === "description")) || (key109 === "interim")) || (key109 === "prompt"))){
const err895 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key109},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data301};
if(vErrors === null){
vErrors = [err895];
}
else {
vErrors.push(err895);
}
errors++;
}
}
if(data301.strategy !== undefined){
let data322 = data301.strategy;
if("manual" !== data322){
const err896 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data322};
if(vErrors === null){
vErrors = [err896];
}
else {
vErrors.push(err896);
}
errors++;
}
}
if(data301.description !== undefined){
let data323 = data301.description;
if(typeof data323 === "string"){
if(func1(data323) > 2000){
const err897 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data323};
if(vErrors === null){
vErrors = [err897];
}
else {
vErrors.push(err897);
}
errors++;
}
}
else {
const err898 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data323};
if(vErrors === null){
vErrors = [err898];
}
else {
vErrors.push(err898);
}
errors++;
}
}
if(data301.interim !== undefined){
let data324 = data301.interim;
if(!(((data324 === "server") || (data324 === "client")) || (data324 === "last-writer-wins"))){
const err899 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data324};
if(vErrors === null){
vErrors = [err899];
}
else {
vErrors.push(err899);
}
errors++;
}
}
if(data301.prompt !== undefined){
let data325 = data301.prompt;
if(typeof data325 === "string"){
if(func1(data325) > 500){
const err900 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data325};
if(vErrors === null){
vErrors = [err900];
}
else {
vErrors.push(err900);
}
errors++;
}
}
else {
const err901 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data325};
if(vErrors === null){
vErrors = [err901];
}
else {
vErrors.push(err901);
}
errors++;
}
}
}
else {
const err902 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data301};
if(vErrors === null){
vErrors = [err902];
}
else {
vErrors.push(err902);
}
errors++;
}
if(props10 !== true){
props10 = true;
}
}
else {
const err903 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag10},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data301};
if(vErrors === null){
vErrors = [err903];
}
else {
vErrors.push(err903);
}
errors++;
}
}
else {
const err904 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag10},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data301};
if(vErrors === null){
vErrors = [err904];
}
else {
vErrors.push(err904);
}
errors++;
}
}
else {
const err905 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data301};
if(vErrors === null){
vErrors = [err905];
}
else {
vErrors.push(err905);
}
errors++;
}
}
if(data.maxItems !== undefined){
let data326 = data.maxItems;
if(!(((typeof data326 == "number") && (!(data326 % 1) && !isNaN(data326))) && (isFinite(data326)))){
const err906 = {instancePath:instancePath+"/maxItems",schemaPath:"#/oneOf/9/properties/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.oneOf[9].properties.maxItems.type,parentSchema:schema48.oneOf[9].properties.maxItems,data:data326};
if(vErrors === null){
vErrors = [err906];
}
else {
vErrors.push(err906);
}
errors++;
}
if((typeof data326 == "number") && (isFinite(data326))){
if(data326 > 100000 || isNaN(data326)){
const err907 = {instancePath:instancePath+"/maxItems",schemaPath:"#/oneOf/9/properties/maxItems/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema48.oneOf[9].properties.maxItems,data:data326};
if(vErrors === null){
vErrors = [err907];
}
else {
vErrors.push(err907);
}
errors++;
}
if(data326 < 1 || isNaN(data326)){
const err908 = {instancePath:instancePath+"/maxItems",schemaPath:"#/oneOf/9/properties/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.oneOf[9].properties.maxItems,data:data326};
if(vErrors === null){
vErrors = [err908];
}
else {
vErrors.push(err908);
}
errors++;
}
}
}
}
else {
const err909 = {instancePath,schemaPath:"#/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[9].type,parentSchema:schema48.oneOf[9],data};
if(vErrors === null){
vErrors = [err909];
}
else {
vErrors.push(err909);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "json"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err910 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.oneOf[10].required,parentSchema:schema48.oneOf[10],data};
if(vErrors === null){
vErrors = [err910];
}
else {
vErrors.push(err910);
}
errors++;
}
if(data.name === undefined){
const err911 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.oneOf[10].required,parentSchema:schema48.oneOf[10],data};
if(vErrors === null){
vErrors = [err911];
}
else {
vErrors.push(err911);
}
errors++;
}
for(const key110 in data){
if(!((((((key110 === "type") || (key110 === "name")) || (key110 === "description")) || (key110 === "required")) || (key110 === "tags")) || (key110 === "conflict"))){
const err912 = {instancePath,schemaPath:"#/oneOf/10/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key110},message:"must NOT have additional properties",schema:false,parentSchema:schema48.oneOf[10],data};
if(vErrors === null){
vErrors = [err912];
}
else {
vErrors.push(err912);
}
errors++;
}
}
if(data.type !== undefined){
let data327 = data.type;
if("json" !== data327){
const err913 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/10/properties/type/const",keyword:"const",params:{allowedValue: "json"},message:"must be equal to constant",schema:"json",parentSchema:schema48.oneOf[10].properties.type,data:data327};
if(vErrors === null){
vErrors = [err913];
}
else {
vErrors.push(err913);
}
errors++;
}
}
if(data.name !== undefined){
let data328 = data.name;
if(typeof data328 === "string"){
if(!pattern6.test(data328)){
const err914 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/10/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema48.oneOf[10].properties.name,data:data328};
if(vErrors === null){
vErrors = [err914];
}
else {
vErrors.push(err914);
}
errors++;
}
}
else {
const err915 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/10/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[10].properties.name.type,parentSchema:schema48.oneOf[10].properties.name,data:data328};
if(vErrors === null){
vErrors = [err915];
}
else {
vErrors.push(err915);
}
errors++;
}
}
if(data.description !== undefined){
let data329 = data.description;
if(typeof data329 === "string"){
if(func1(data329) > 2000){
const err916 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/10/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema48.oneOf[10].properties.description,data:data329};
if(vErrors === null){
vErrors = [err916];
}
else {
vErrors.push(err916);
}
errors++;
}
}
else {
const err917 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/10/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[10].properties.description.type,parentSchema:schema48.oneOf[10].properties.description,data:data329};
if(vErrors === null){
vErrors = [err917];
}
else {
vErrors.push(err917);
}
errors++;
}
}
if(data.required !== undefined){
let data330 = data.required;
if(typeof data330 !== "boolean"){
const err918 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/10/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.oneOf[10].properties.required.type,parentSchema:schema48.oneOf[10].properties.required,data:data330};
if(vErrors === null){
vErrors = [err918];
}
else {
vErrors.push(err918);
}
errors++;
}
}
if(data.tags !== undefined){
let data331 = data.tags;
if(Array.isArray(data331)){
const len21 = data331.length;
for(let i42=0; i42<len21; i42++){
let data332 = data331[i42];
if(typeof data332 === "string"){
if(!pattern22.test(data332)){
const err919 = {instancePath:instancePath+"/tags/" + i42,schemaPath:"#/oneOf/10/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,31}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,31}$"+"\"",schema:"^[a-z][a-z0-9-]{0,31}$",parentSchema:schema48.oneOf[10].properties.tags.items,data:data332};
if(vErrors === null){
vErrors = [err919];
}
else {
vErrors.push(err919);
}
errors++;
}
}
else {
const err920 = {instancePath:instancePath+"/tags/" + i42,schemaPath:"#/oneOf/10/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.oneOf[10].properties.tags.items.type,parentSchema:schema48.oneOf[10].properties.tags.items,data:data332};
if(vErrors === null){
vErrors = [err920];
}
else {
vErrors.push(err920);
}
errors++;
}
}
let i43 = data331.length;
let j21;
if(i43 > 1){
const indices21 = {};
for(;i43--;){
let item21 = data331[i43];
if(typeof item21 !== "string"){
continue;
}
if(typeof indices21[item21] == "number"){
j21 = indices21[item21];
const err921 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/10/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i43, j: j21},message:"must NOT have duplicate items (items ## "+j21+" and "+i43+" are identical)",schema:true,parentSchema:schema48.oneOf[10].properties.tags,data:data331};
if(vErrors === null){
vErrors = [err921];
}
else {
vErrors.push(err921);
}
errors++;
break;
}
indices21[item21] = i43;
}
}
}
else {
const err922 = {instancePath:instancePath+"/tags",schemaPath:"#/oneOf/10/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.oneOf[10].properties.tags.type,parentSchema:schema48.oneOf[10].properties.tags,data:data331};
if(vErrors === null){
vErrors = [err922];
}
else {
vErrors.push(err922);
}
errors++;
}
}
if(data.conflict !== undefined){
let data333 = data.conflict;
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err923 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data333};
if(vErrors === null){
vErrors = [err923];
}
else {
vErrors.push(err923);
}
errors++;
}
const tag11 = data333.strategy;
if(typeof tag11 == "string"){
if(tag11 === "last-writer-wins"){
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err924 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data333};
if(vErrors === null){
vErrors = [err924];
}
else {
vErrors.push(err924);
}
errors++;
}
for(const key111 in data333){
if(!((key111 === "strategy") || (key111 === "description"))){
const err925 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key111},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data333};
if(vErrors === null){
vErrors = [err925];
}
else {
vErrors.push(err925);
}
errors++;
}
}
if(data333.strategy !== undefined){
let data334 = data333.strategy;
if("last-writer-wins" !== data334){
const err926 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data334};
if(vErrors === null){
vErrors = [err926];
}
else {
vErrors.push(err926);
}
errors++;
}
}
if(data333.description !== undefined){
let data335 = data333.description;
if(typeof data335 === "string"){
if(func1(data335) > 2000){
const err927 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data335};
if(vErrors === null){
vErrors = [err927];
}
else {
vErrors.push(err927);
}
errors++;
}
}
else {
const err928 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data335};
if(vErrors === null){
vErrors = [err928];
}
else {
vErrors.push(err928);
}
errors++;
}
}
}
else {
const err929 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data333};
if(vErrors === null){
vErrors = [err929];
}
else {
vErrors.push(err929);
}
errors++;
}
var props11 = true;
}
else if(tag11 === "server-wins"){
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err930 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data333};
if(vErrors === null){
vErrors = [err930];
}
else {
vErrors.push(err930);
}
errors++;
}
for(const key112 in data333){
if(!((key112 === "strategy") || (key112 === "description"))){
const err931 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key112},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data333};
if(vErrors === null){
vErrors = [err931];
}
else {
vErrors.push(err931);
}
errors++;
}
}
if(data333.strategy !== undefined){
let data336 = data333.strategy;
if("server-wins" !== data336){
const err932 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data336};
if(vErrors === null){
vErrors = [err932];
}
else {
vErrors.push(err932);
}
errors++;
}
}
if(data333.description !== undefined){
let data337 = data333.description;
if(typeof data337 === "string"){
if(func1(data337) > 2000){
const err933 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data337};
if(vErrors === null){
vErrors = [err933];
}
else {
vErrors.push(err933);
}
errors++;
}
}
else {
const err934 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data337};
if(vErrors === null){
vErrors = [err934];
}
else {
vErrors.push(err934);
}
errors++;
}
}
}
else {
const err935 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data333};
if(vErrors === null){
vErrors = [err935];
}
else {
vErrors.push(err935);
}
errors++;
}
if(props11 !== true){
props11 = true;
}
}
else if(tag11 === "client-wins"){
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err936 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data333};
if(vErrors === null){
vErrors = [err936];
}
else {
vErrors.push(err936);
}
errors++;
}
for(const key113 in data333){
if(!((key113 === "strategy") || (key113 === "description"))){
const err937 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key113},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data333};
if(vErrors === null){
vErrors = [err937];
}
else {
vErrors.push(err937);
}
errors++;
}
}
if(data333.strategy !== undefined){
let data338 = data333.strategy;
if("client-wins" !== data338){
const err938 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data338};
if(vErrors === null){
vErrors = [err938];
}
else {
vErrors.push(err938);
}
errors++;
}
}
if(data333.description !== undefined){
let data339 = data333.description;
if(typeof data339 === "string"){
if(func1(data339) > 2000){
const err939 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data339};
if(vErrors === null){
vErrors = [err939];
}
else {
vErrors.push(err939);
}
errors++;
}
}
else {
const err940 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data339};
if(vErrors === null){
vErrors = [err940];
}
else {
vErrors.push(err940);
}
errors++;
}
}
}
else {
const err941 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data333};
if(vErrors === null){
vErrors = [err941];
}
else {
vErrors.push(err941);
}
errors++;
}
if(props11 !== true){
props11 = true;
}
}
else if(tag11 === "field-merge"){
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err942 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data333};
if(vErrors === null){
vErrors = [err942];
}
else {
vErrors.push(err942);
}
errors++;
}
for(const key114 in data333){
if(!((key114 === "strategy") || (key114 === "description"))){
const err943 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key114},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data333};
if(vErrors === null){
vErrors = [err943];
}
else {
vErrors.push(err943);
}
errors++;
}
}
if(data333.strategy !== undefined){
let data340 = data333.strategy;
if("field-merge" !== data340){
const err944 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data340};
if(vErrors === null){
vErrors = [err944];
}
else {
vErrors.push(err944);
}
errors++;
}
}
if(data333.description !== undefined){
let data341 = data333.description;
if(typeof data341 === "string"){
if(func1(data341) > 2000){
const err945 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data341};
if(vErrors === null){
vErrors = [err945];
}
else {
vErrors.push(err945);
}
errors++;
}
}
else {
const err946 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data341};
if(vErrors === null){
vErrors = [err946];
}
else {
vErrors.push(err946);
}
errors++;
}
}
}
else {
const err947 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data333};
if(vErrors === null){
vErrors = [err947];
}
else {
vErrors.push(err947);
}
errors++;
}
if(props11 !== true){
props11 = true;
}
}
else if(tag11 === "counter"){
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err948 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data333};
if(vErrors === null){
vErrors = [err948];
}
else {
vErrors.push(err948);
}
errors++;
}
for(const key115 in data333){
if(!((key115 === "strategy") || (key115 === "description"))){
const err949 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key115},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data333};
if(vErrors === null){
vErrors = [err949];
}
else {
vErrors.push(err949);
}
errors++;
}
}
if(data333.strategy !== undefined){
let data342 = data333.strategy;
if("counter" !== data342){
const err950 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data342};
if(vErrors === null){
vErrors = [err950];
}
else {
vErrors.push(err950);
}
errors++;
}
}
if(data333.description !== undefined){
let data343 = data333.description;
if(typeof data343 === "string"){
if(func1(data343) > 2000){
const err951 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data343};
if(vErrors === null){
vErrors = [err951];
}
else {
vErrors.push(err951);
}
errors++;
}
}
else {
const err952 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data343};
if(vErrors === null){
vErrors = [err952];
}
else {
vErrors.push(err952);
}
errors++;
}
}
}
else {
const err953 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data333};
if(vErrors === null){
vErrors = [err953];
}
else {
vErrors.push(err953);
}
errors++;
}
if(props11 !== true){
props11 = true;
}
}
else if(tag11 === "set-union"){
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err954 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data333};
if(vErrors === null){
vErrors = [err954];
}
else {
vErrors.push(err954);
}
errors++;
}
for(const key116 in data333){
if(!((key116 === "strategy") || (key116 === "description"))){
const err955 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key116},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data333};
if(vErrors === null){
vErrors = [err955];
}
else {
vErrors.push(err955);
}
errors++;
}
}
if(data333.strategy !== undefined){
let data344 = data333.strategy;
if("set-union" !== data344){
const err956 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data344};
if(vErrors === null){
vErrors = [err956];
}
else {
vErrors.push(err956);
}
errors++;
}
}
if(data333.description !== undefined){
let data345 = data333.description;
if(typeof data345 === "string"){
if(func1(data345) > 2000){
const err957 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data345};
if(vErrors === null){
vErrors = [err957];
}
else {
vErrors.push(err957);
}
errors++;
}
}
else {
const err958 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data345};
if(vErrors === null){
vErrors = [err958];
}
else {
vErrors.push(err958);
}
errors++;
}
}
}
else {
const err959 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data333};
if(vErrors === null){
vErrors = [err959];
}
else {
vErrors.push(err959);
}
errors++;
}
if(props11 !== true){
props11 = true;
}
}
else if(tag11 === "max"){
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err960 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data333};
if(vErrors === null){
vErrors = [err960];
}
else {
vErrors.push(err960);
}
errors++;
}
for(const key117 in data333){
if(!((key117 === "strategy") || (key117 === "description"))){
const err961 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key117},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data333};
if(vErrors === null){
vErrors = [err961];
}
else {
vErrors.push(err961);
}
errors++;
}
}
if(data333.strategy !== undefined){
let data346 = data333.strategy;
if("max" !== data346){
const err962 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data346};
if(vErrors === null){
vErrors = [err962];
}
else {
vErrors.push(err962);
}
errors++;
}
}
if(data333.description !== undefined){
let data347 = data333.description;
if(typeof data347 === "string"){
if(func1(data347) > 2000){
const err963 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data347};
if(vErrors === null){
vErrors = [err963];
}
else {
vErrors.push(err963);
}
errors++;
}
}
else {
const err964 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data347};
if(vErrors === null){
vErrors = [err964];
}
else {
vErrors.push(err964);
}
errors++;
}
}
}
else {
const err965 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data333};
if(vErrors === null){
vErrors = [err965];
}
else {
vErrors.push(err965);
}
errors++;
}
if(props11 !== true){
props11 = true;
}
}
else if(tag11 === "min"){
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err966 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data333};
if(vErrors === null){
vErrors = [err966];
}
else {
vErrors.push(err966);
}
errors++;
}
for(const key118 in data333){
if(!((key118 === "strategy") || (key118 === "description"))){
const err967 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key118},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data333};
if(vErrors === null){
vErrors = [err967];
}
else {
vErrors.push(err967);
}
errors++;
}
}
if(data333.strategy !== undefined){
let data348 = data333.strategy;
if("min" !== data348){
const err968 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data348};
if(vErrors === null){
vErrors = [err968];
}
else {
vErrors.push(err968);
}
errors++;
}
}
if(data333.description !== undefined){
let data349 = data333.description;
if(typeof data349 === "string"){
if(func1(data349) > 2000){
const err969 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data349};
if(vErrors === null){
vErrors = [err969];
}
else {
vErrors.push(err969);
}
errors++;
}
}
else {
const err970 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data349};
if(vErrors === null){
vErrors = [err970];
}
else {
vErrors.push(err970);
}
errors++;
}
}
}
else {
const err971 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data333};
if(vErrors === null){
vErrors = [err971];
}
else {
vErrors.push(err971);
}
errors++;
}
if(props11 !== true){
props11 = true;
}
}
else if(tag11 === "enum-precedence"){
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err972 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data333};
if(vErrors === null){
vErrors = [err972];
}
else {
vErrors.push(err972);
}
errors++;
}
if(data333.order === undefined){
const err973 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data333};
if(vErrors === null){
vErrors = [err973];
}
else {
vErrors.push(err973);
}
errors++;
}
for(const key119 in data333){
if(!(((key119 === "strategy") || (key119 === "description")) || (key119 === "order"))){
const err974 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key119},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data333};
if(vErrors === null){
vErrors = [err974];
}
else {
vErrors.push(err974);
}
errors++;
}
}
if(data333.strategy !== undefined){
let data350 = data333.strategy;
if("enum-precedence" !== data350){
const err975 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data350};
if(vErrors === null){
vErrors = [err975];
}
else {
vErrors.push(err975);
}
errors++;
}
}
if(data333.description !== undefined){
let data351 = data333.description;
if(typeof data351 === "string"){
if(func1(data351) > 2000){
const err976 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data351};
if(vErrors === null){
vErrors = [err976];
}
else {
vErrors.push(err976);
}
errors++;
}
}
else {
const err977 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data351};
if(vErrors === null){
vErrors = [err977];
}
else {
vErrors.push(err977);
}
errors++;
}
}
if(data333.order !== undefined){
let data352 = data333.order;
if(Array.isArray(data352)){
if(data352.length < 2){
const err978 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data352};
if(vErrors === null){
vErrors = [err978];
}
else {
vErrors.push(err978);
}
errors++;
}
const len22 = data352.length;
for(let i44=0; i44<len22; i44++){
let data353 = data352[i44];
if(typeof data353 === "string"){
if(func1(data353) < 1){
const err979 = {instancePath:instancePath+"/conflict/order/" + i44,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data353};
if(vErrors === null){
vErrors = [err979];
}
else {
vErrors.push(err979);
}
errors++;
}
}
else {
const err980 = {instancePath:instancePath+"/conflict/order/" + i44,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data353};
if(vErrors === null){
vErrors = [err980];
}
else {
vErrors.push(err980);
}
errors++;
}
}
let i45 = data352.length;
let j22;
if(i45 > 1){
const indices22 = {};
for(;i45--;){
let item22 = data352[i45];
if(typeof item22 !== "string"){
continue;
}
if(typeof indices22[item22] == "number"){
j22 = indices22[item22];
const err981 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i45, j: j22},message:"must NOT have duplicate items (items ## "+j22+" and "+i45+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data352};
if(vErrors === null){
vErrors = [err981];
}
else {
vErrors.push(err981);
}
errors++;
break;
}
indices22[item22] = i45;
}
}
}
else {
const err982 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data352};
if(vErrors === null){
vErrors = [err982];
}
else {
vErrors.push(err982);
}
errors++;
}
}
}
else {
const err983 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data333};
if(vErrors === null){
vErrors = [err983];
}
else {
vErrors.push(err983);
}
errors++;
}
if(props11 !== true){
props11 = true;
}
}
else if(tag11 === "manual"){
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.strategy === undefined){
const err984 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data333};
if(vErrors === null){
vErrors = [err984];
}
else {
vErrors.push(err984);
}
errors++;
}
if(data333.interim === undefined){
const err985 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data333};
if(vErrors === null){
vErrors = [err985];
}
else {
vErrors.push(err985);
}
errors++;
}
for(const key120 in data333){
if(!((((key120 === "strategy") || (key120 === "description")) || (key120 === "interim")) || (key120 === "prompt"))){
const err986 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key120},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data333};
if(vErrors === null){
vErrors = [err986];
}
else {
vErrors.push(err986);
}
errors++;
}
}
if(data333.strategy !== undefined){
let data354 = data333.strategy;
if("manual" !== data354){
const err987 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data354};
if(vErrors === null){
vErrors = [err987];
}
else {
vErrors.push(err987);
}
errors++;
}
}
if(data333.description !== undefined){
let data355 = data333.description;
if(typeof data355 === "string"){
if(func1(data355) > 2000){
const err988 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data355};
if(vErrors === null){
vErrors = [err988];
}
else {
vErrors.push(err988);
}
errors++;
}
}
else {
const err989 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data355};
if(vErrors === null){
vErrors = [err989];
}
else {
vErrors.push(err989);
}
errors++;
}
}
if(data333.interim !== undefined){
let data356 = data333.interim;
if(!(((data356 === "server") || (data356 === "client")) || (data356 === "last-writer-wins"))){
const err990 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data356};
if(vErrors === null){
vErrors = [err990];
}
else {
vErrors.push(err990);
}
errors++;
}
}
if(data333.prompt !== undefined){
let data357 = data333.prompt;
if(typeof data357 === "string"){
if(func1(data357) > 500){
const err991 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data357};
if(vErrors === null){
vErrors = [err991];
}
else {
vErrors.push(err991);
}
errors++;
}
}
else {
const err992 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data357};
if(vErrors === null){
vErrors = [err992];
}
else {
vErrors.push(err992);
}
errors++;
}
}
}
else {
const err993 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data333};
if(vErrors === null){
vErrors = [err993];
}
else {
vErrors.push(err993);
}
errors++;
}
if(props11 !== true){
props11 = true;
}
}
else {
const err994 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag11},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data333};
if(vErrors === null){
vErrors = [err994];
}
else {
vErrors.push(err994);
}
errors++;
}
}
else {
const err995 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag11},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data333};
if(vErrors === null){
vErrors = [err995];
}
else {
vErrors.push(err995);
}
errors++;
}
}
else {
const err996 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data333};
if(vErrors === null){
vErrors = [err996];
}
else {
vErrors.push(err996);
}
errors++;
}
}
}
else {
const err997 = {instancePath,schemaPath:"#/oneOf/10/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.oneOf[10].type,parentSchema:schema48.oneOf[10],data};
if(vErrors === null){
vErrors = [err997];
}
else {
vErrors.push(err997);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else {
const err998 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf",schema:schema48.discriminator,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err998];
}
else {
vErrors.push(err998);
}
errors++;
}
}
else {
const err999 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string",schema:schema48.discriminator,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err999];
}
else {
vErrors.push(err999);
}
errors++;
}
}
else {
const err1000 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1000];
}
else {
vErrors.push(err1000);
}
errors++;
}
validate38.errors = vErrors;
evaluated0.props = props1;
return errors === 0;
}
validate38.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema62 = schema31["$defs"]["OfflineBehaviour"];

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.availability === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "availability"},message:"must have required property '"+"availability"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "availability") || (key0 === "scope")) || (key0 === "maxRecords")) || (key0 === "retention")) || (key0 === "encrypt"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.availability !== undefined){
let data0 = data.availability;
if(!(((data0 === "read-write") || (data0 === "read-only")) || (data0 === "online-only"))){
const err2 = {instancePath:instancePath+"/availability",schemaPath:"#/properties/availability/enum",keyword:"enum",params:{allowedValues: schema62.properties.availability.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.availability.enum,parentSchema:schema62.properties.availability,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.scope !== undefined){
if(!(validate23(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.maxRecords !== undefined){
let data2 = data.maxRecords;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/maxRecords",schemaPath:"#/properties/maxRecords/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.maxRecords.type,parentSchema:schema62.properties.maxRecords,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 10000000 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/maxRecords",schemaPath:"#/properties/maxRecords/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema62.properties.maxRecords,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/maxRecords",schemaPath:"#/properties/maxRecords/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema62.properties.maxRecords,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.retention !== undefined){
let data3 = data.retention;
if(typeof data3 === "string"){
if(!pattern16.test(data3)){
const err6 = {instancePath:instancePath+"/retention",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"+"\"",schema:"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$",parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/retention",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.encrypt !== undefined){
let data4 = data.encrypt;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err8 = {instancePath:instancePath+"/encrypt/" + i0,schemaPath:"#/properties/encrypt/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema62.properties.encrypt.items,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/encrypt/" + i0,schemaPath:"#/properties/encrypt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.encrypt.items.type,parentSchema:schema62.properties.encrypt.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/encrypt",schemaPath:"#/properties/encrypt/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema62.properties.encrypt,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/encrypt",schemaPath:"#/properties/encrypt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.encrypt.type,parentSchema:schema62.properties.encrypt,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = schema31["$defs"]["SyncSettings"];
const schema65 = schema31["$defs"]["Schedule"];

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "onReconnect") || (key0 === "onAppStart")) || (key0 === "interval"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.onReconnect !== undefined){
let data0 = data.onReconnect;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/onReconnect",schemaPath:"#/properties/onReconnect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.onReconnect.type,parentSchema:schema65.properties.onReconnect,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.onAppStart !== undefined){
let data1 = data.onAppStart;
if(typeof data1 !== "boolean"){
const err2 = {instancePath:instancePath+"/onAppStart",schemaPath:"#/properties/onAppStart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.onAppStart.type,parentSchema:schema65.properties.onAppStart,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.interval !== undefined){
let data2 = data.interval;
if(typeof data2 === "string"){
if(!pattern16.test(data2)){
const err3 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"+"\"",schema:"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$",parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.priority === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.direction === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "priority") || (key0 === "direction")) || (key0 === "batchSize")) || (key0 === "coalesce")) || (key0 === "schedule"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.priority !== undefined){
let data0 = data.priority;
if(!((((data0 === "critical") || (data0 === "high")) || (data0 === "normal")) || (data0 === "low"))){
const err3 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/enum",keyword:"enum",params:{allowedValues: schema64.properties.priority.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.priority.enum,parentSchema:schema64.properties.priority,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.direction !== undefined){
let data1 = data.direction;
if(!(((data1 === "push") || (data1 === "pull")) || (data1 === "both"))){
const err4 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/enum",keyword:"enum",params:{allowedValues: schema64.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.direction.enum,parentSchema:schema64.properties.direction,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.batchSize !== undefined){
let data2 = data.batchSize;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema64.properties.batchSize.type,parentSchema:schema64.properties.batchSize,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema64.properties.batchSize,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema64.properties.batchSize,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.coalesce !== undefined){
let data3 = data.coalesce;
if(typeof data3 !== "boolean"){
const err8 = {instancePath:instancePath+"/coalesce",schemaPath:"#/properties/coalesce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.coalesce.type,parentSchema:schema64.properties.coalesce,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.schedule !== undefined){
if(!(validate44(data.schedule, {instancePath:instancePath+"/schedule",parentData:data,parentDataProperty:"schedule",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.key === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fields === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.offline === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "offline"},message:"must have required property '"+"offline"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sync === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sync"},message:"must have required property '"+"sync"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.conflict === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conflict"},message:"must have required property '"+"conflict"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema47.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema47.properties.name,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.name.type,parentSchema:schema47.properties.name,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema47.properties.description,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.description.type,parentSchema:schema47.properties.description,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.key !== undefined){
let data2 = data.key;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err11 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema47.properties.key,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.key.type,parentSchema:schema47.properties.key,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.fields !== undefined){
let data3 = data.fields;
if(Array.isArray(data3)){
if(data3.length > 500){
const err13 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema47.properties.fields,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.length < 1){
const err14 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.fields,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate38(data3[i0], {instancePath:instancePath+"/fields/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.fields.type,parentSchema:schema47.properties.fields,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.indexes !== undefined){
let data5 = data.indexes;
if(Array.isArray(data5)){
if(data5.length > 50){
const err16 = {instancePath:instancePath+"/indexes",schemaPath:"#/properties/indexes/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema47.properties.indexes,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.fields === undefined){
const err17 = {instancePath:instancePath+"/indexes/" + i1,schemaPath:"#/$defs/Index/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema60.required,parentSchema:schema60,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "fields") || (key1 === "unique"))){
const err18 = {instancePath:instancePath+"/indexes/" + i1,schemaPath:"#/$defs/Index/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.fields !== undefined){
let data7 = data6.fields;
if(Array.isArray(data7)){
if(data7.length > 8){
const err19 = {instancePath:instancePath+"/indexes/" + i1+"/fields",schemaPath:"#/$defs/Index/properties/fields/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items",schema:8,parentSchema:schema60.properties.fields,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7.length < 1){
const err20 = {instancePath:instancePath+"/indexes/" + i1+"/fields",schemaPath:"#/$defs/Index/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema60.properties.fields,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
const err21 = {instancePath:instancePath+"/indexes/" + i1+"/fields/" + i2,schemaPath:"#/$defs/Index/properties/fields/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema60.properties.fields.items,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/indexes/" + i1+"/fields/" + i2,schemaPath:"#/$defs/Index/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.fields.items.type,parentSchema:schema60.properties.fields.items,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i3 = data7.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data7[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err23 = {instancePath:instancePath+"/indexes/" + i1+"/fields",schemaPath:"#/$defs/Index/properties/fields/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema60.properties.fields,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err24 = {instancePath:instancePath+"/indexes/" + i1+"/fields",schemaPath:"#/$defs/Index/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.fields.type,parentSchema:schema60.properties.fields,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.unique !== undefined){
let data9 = data6.unique;
if(typeof data9 !== "boolean"){
const err25 = {instancePath:instancePath+"/indexes/" + i1+"/unique",schemaPath:"#/$defs/Index/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.unique.type,parentSchema:schema60.properties.unique,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/indexes/" + i1,schemaPath:"#/$defs/Index/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/indexes",schemaPath:"#/properties/indexes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.indexes.type,parentSchema:schema47.properties.indexes,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.relations !== undefined){
let data10 = data.relations;
if(Array.isArray(data10)){
if(data10.length > 100){
const err28 = {instancePath:instancePath+"/relations",schemaPath:"#/properties/relations/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema47.properties.relations,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len3 = data10.length;
for(let i4=0; i4<len3; i4++){
let data11 = data10[i4];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.name === undefined){
const err29 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/$defs/Relation/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema61.required,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data11.kind === undefined){
const err30 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/$defs/Relation/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema61.required,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data11.entity === undefined){
const err31 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/$defs/Relation/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema61.required,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data11.field === undefined){
const err32 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/$defs/Relation/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema61.required,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data11.onDelete === undefined){
const err33 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/$defs/Relation/required",keyword:"required",params:{missingProperty: "onDelete"},message:"must have required property '"+"onDelete"+"'",schema:schema61.required,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data11){
if(!(((((key2 === "name") || (key2 === "kind")) || (key2 === "entity")) || (key2 === "field")) || (key2 === "onDelete"))){
const err34 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/$defs/Relation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.name !== undefined){
let data12 = data11.name;
if(typeof data12 === "string"){
if(!pattern6.test(data12)){
const err35 = {instancePath:instancePath+"/relations/" + i4+"/name",schemaPath:"#/$defs/Relation/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema61.properties.name,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/relations/" + i4+"/name",schemaPath:"#/$defs/Relation/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.name.type,parentSchema:schema61.properties.name,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.kind !== undefined){
let data13 = data11.kind;
if(!((data13 === "many-to-one") || (data13 === "one-to-many"))){
const err37 = {instancePath:instancePath+"/relations/" + i4+"/kind",schemaPath:"#/$defs/Relation/properties/kind/enum",keyword:"enum",params:{allowedValues: schema61.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.kind.enum,parentSchema:schema61.properties.kind,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.entity !== undefined){
let data14 = data11.entity;
if(typeof data14 === "string"){
if(!pattern6.test(data14)){
const err38 = {instancePath:instancePath+"/relations/" + i4+"/entity",schemaPath:"#/$defs/Relation/properties/entity/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema61.properties.entity,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/relations/" + i4+"/entity",schemaPath:"#/$defs/Relation/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.entity.type,parentSchema:schema61.properties.entity,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.field !== undefined){
let data15 = data11.field;
if(typeof data15 === "string"){
if(!pattern6.test(data15)){
const err40 = {instancePath:instancePath+"/relations/" + i4+"/field",schemaPath:"#/$defs/Relation/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema61.properties.field,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/relations/" + i4+"/field",schemaPath:"#/$defs/Relation/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.field.type,parentSchema:schema61.properties.field,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.onDelete !== undefined){
let data16 = data11.onDelete;
if(!((((data16 === "cascade") || (data16 === "restrict")) || (data16 === "set-null")) || (data16 === "keep"))){
const err42 = {instancePath:instancePath+"/relations/" + i4+"/onDelete",schemaPath:"#/$defs/Relation/properties/onDelete/enum",keyword:"enum",params:{allowedValues: schema61.properties.onDelete.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.onDelete.enum,parentSchema:schema61.properties.onDelete,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/$defs/Relation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/relations",schemaPath:"#/properties/relations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.relations.type,parentSchema:schema47.properties.relations,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.offline !== undefined){
if(!(validate40(data.offline, {instancePath:instancePath+"/offline",parentData:data,parentDataProperty:"offline",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.sync !== undefined){
if(!(validate43(data.sync, {instancePath:instancePath+"/sync",parentData:data,parentDataProperty:"sync",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.conflict !== undefined){
let data19 = data.conflict;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err45 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.required,parentSchema:schema49,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
const tag0 = data19.strategy;
if(typeof tag0 == "string"){
if(tag0 === "last-writer-wins"){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err46 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[0].required,parentSchema:schema49.oneOf[0],data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key3 in data19){
if(!((key3 === "strategy") || (key3 === "description"))){
const err47 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[0],data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data19.strategy !== undefined){
let data20 = data19.strategy;
if("last-writer-wins" !== data20){
const err48 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/strategy/const",keyword:"const",params:{allowedValue: "last-writer-wins"},message:"must be equal to constant",schema:"last-writer-wins",parentSchema:schema49.oneOf[0].properties.strategy,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data19.description !== undefined){
let data21 = data19.description;
if(typeof data21 === "string"){
if(func1(data21) > 2000){
const err49 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[0].properties.description,data:data21};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[0].properties.description.type,parentSchema:schema49.oneOf[0].properties.description,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[0].type,parentSchema:schema49.oneOf[0],data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var props1 = true;
}
else if(tag0 === "server-wins"){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err52 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key4 in data19){
if(!((key4 === "strategy") || (key4 === "description"))){
const err53 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data19.strategy !== undefined){
let data22 = data19.strategy;
if("server-wins" !== data22){
const err54 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/strategy/const",keyword:"const",params:{allowedValue: "server-wins"},message:"must be equal to constant",schema:"server-wins",parentSchema:schema49.oneOf[1].properties.strategy,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data19.description !== undefined){
let data23 = data19.description;
if(typeof data23 === "string"){
if(func1(data23) > 2000){
const err55 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[1].properties.description,data:data23};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.description.type,parentSchema:schema49.oneOf[1].properties.description,data:data23};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data:data19};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "client-wins"){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err58 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[2].required,parentSchema:schema49.oneOf[2],data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key5 in data19){
if(!((key5 === "strategy") || (key5 === "description"))){
const err59 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[2],data:data19};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data19.strategy !== undefined){
let data24 = data19.strategy;
if("client-wins" !== data24){
const err60 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/strategy/const",keyword:"const",params:{allowedValue: "client-wins"},message:"must be equal to constant",schema:"client-wins",parentSchema:schema49.oneOf[2].properties.strategy,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data19.description !== undefined){
let data25 = data19.description;
if(typeof data25 === "string"){
if(func1(data25) > 2000){
const err61 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[2].properties.description,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[2].properties.description.type,parentSchema:schema49.oneOf[2].properties.description,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[2].type,parentSchema:schema49.oneOf[2],data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "field-merge"){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err64 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[3].required,parentSchema:schema49.oneOf[3],data:data19};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key6 in data19){
if(!((key6 === "strategy") || (key6 === "description"))){
const err65 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[3],data:data19};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data19.strategy !== undefined){
let data26 = data19.strategy;
if("field-merge" !== data26){
const err66 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/strategy/const",keyword:"const",params:{allowedValue: "field-merge"},message:"must be equal to constant",schema:"field-merge",parentSchema:schema49.oneOf[3].properties.strategy,data:data26};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data19.description !== undefined){
let data27 = data19.description;
if(typeof data27 === "string"){
if(func1(data27) > 2000){
const err67 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[3].properties.description,data:data27};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/3/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[3].properties.description.type,parentSchema:schema49.oneOf[3].properties.description,data:data27};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[3].type,parentSchema:schema49.oneOf[3],data:data19};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "counter"){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err70 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[4].required,parentSchema:schema49.oneOf[4],data:data19};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key7 in data19){
if(!((key7 === "strategy") || (key7 === "description"))){
const err71 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[4],data:data19};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data19.strategy !== undefined){
let data28 = data19.strategy;
if("counter" !== data28){
const err72 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/strategy/const",keyword:"const",params:{allowedValue: "counter"},message:"must be equal to constant",schema:"counter",parentSchema:schema49.oneOf[4].properties.strategy,data:data28};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data19.description !== undefined){
let data29 = data19.description;
if(typeof data29 === "string"){
if(func1(data29) > 2000){
const err73 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[4].properties.description,data:data29};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/4/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[4].properties.description.type,parentSchema:schema49.oneOf[4].properties.description,data:data29};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[4].type,parentSchema:schema49.oneOf[4],data:data19};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "set-union"){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err76 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[5].required,parentSchema:schema49.oneOf[5],data:data19};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key8 in data19){
if(!((key8 === "strategy") || (key8 === "description"))){
const err77 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[5],data:data19};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data19.strategy !== undefined){
let data30 = data19.strategy;
if("set-union" !== data30){
const err78 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/strategy/const",keyword:"const",params:{allowedValue: "set-union"},message:"must be equal to constant",schema:"set-union",parentSchema:schema49.oneOf[5].properties.strategy,data:data30};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data19.description !== undefined){
let data31 = data19.description;
if(typeof data31 === "string"){
if(func1(data31) > 2000){
const err79 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[5].properties.description,data:data31};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/5/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[5].properties.description.type,parentSchema:schema49.oneOf[5].properties.description,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[5].type,parentSchema:schema49.oneOf[5],data:data19};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "max"){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err82 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[6].required,parentSchema:schema49.oneOf[6],data:data19};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key9 in data19){
if(!((key9 === "strategy") || (key9 === "description"))){
const err83 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[6],data:data19};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data19.strategy !== undefined){
let data32 = data19.strategy;
if("max" !== data32){
const err84 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/strategy/const",keyword:"const",params:{allowedValue: "max"},message:"must be equal to constant",schema:"max",parentSchema:schema49.oneOf[6].properties.strategy,data:data32};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data19.description !== undefined){
let data33 = data19.description;
if(typeof data33 === "string"){
if(func1(data33) > 2000){
const err85 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[6].properties.description,data:data33};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/6/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[6].properties.description.type,parentSchema:schema49.oneOf[6].properties.description,data:data33};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[6].type,parentSchema:schema49.oneOf[6],data:data19};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "min"){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err88 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[7].required,parentSchema:schema49.oneOf[7],data:data19};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key10 in data19){
if(!((key10 === "strategy") || (key10 === "description"))){
const err89 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[7],data:data19};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data19.strategy !== undefined){
let data34 = data19.strategy;
if("min" !== data34){
const err90 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/strategy/const",keyword:"const",params:{allowedValue: "min"},message:"must be equal to constant",schema:"min",parentSchema:schema49.oneOf[7].properties.strategy,data:data34};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data19.description !== undefined){
let data35 = data19.description;
if(typeof data35 === "string"){
if(func1(data35) > 2000){
const err91 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[7].properties.description,data:data35};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/7/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[7].properties.description.type,parentSchema:schema49.oneOf[7].properties.description,data:data35};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[7].type,parentSchema:schema49.oneOf[7],data:data19};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "enum-precedence"){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err94 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data19};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data19.order === undefined){
const err95 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'",schema:schema49.oneOf[8].required,parentSchema:schema49.oneOf[8],data:data19};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key11 in data19){
if(!(((key11 === "strategy") || (key11 === "description")) || (key11 === "order"))){
const err96 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[8],data:data19};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data19.strategy !== undefined){
let data36 = data19.strategy;
if("enum-precedence" !== data36){
const err97 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/strategy/const",keyword:"const",params:{allowedValue: "enum-precedence"},message:"must be equal to constant",schema:"enum-precedence",parentSchema:schema49.oneOf[8].properties.strategy,data:data36};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data19.description !== undefined){
let data37 = data19.description;
if(typeof data37 === "string"){
if(func1(data37) > 2000){
const err98 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[8].properties.description,data:data37};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.description.type,parentSchema:schema49.oneOf[8].properties.description,data:data37};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data19.order !== undefined){
let data38 = data19.order;
if(Array.isArray(data38)){
if(data38.length < 2){
const err100 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema49.oneOf[8].properties.order,data:data38};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
const len4 = data38.length;
for(let i5=0; i5<len4; i5++){
let data39 = data38[i5];
if(typeof data39 === "string"){
if(func1(data39) < 1){
const err101 = {instancePath:instancePath+"/conflict/order/" + i5,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[8].properties.order.items,data:data39};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/conflict/order/" + i5,schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[8].properties.order.items.type,parentSchema:schema49.oneOf[8].properties.order.items,data:data39};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
let i6 = data38.length;
let j1;
if(i6 > 1){
const indices1 = {};
for(;i6--;){
let item1 = data38[i6];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err103 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i6+" are identical)",schema:true,parentSchema:schema49.oneOf[8].properties.order,data:data38};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
break;
}
indices1[item1] = i6;
}
}
}
else {
const err104 = {instancePath:instancePath+"/conflict/order",schemaPath:"#/$defs/ConflictRule/oneOf/8/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.oneOf[8].properties.order.type,parentSchema:schema49.oneOf[8].properties.order,data:data38};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[8].type,parentSchema:schema49.oneOf[8],data:data19};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else if(tag0 === "manual"){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.strategy === undefined){
const err106 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data19};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data19.interim === undefined){
const err107 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/required",keyword:"required",params:{missingProperty: "interim"},message:"must have required property '"+"interim"+"'",schema:schema49.oneOf[9].required,parentSchema:schema49.oneOf[9],data:data19};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key12 in data19){
if(!((((key12 === "strategy") || (key12 === "description")) || (key12 === "interim")) || (key12 === "prompt"))){
const err108 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[9],data:data19};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data19.strategy !== undefined){
let data40 = data19.strategy;
if("manual" !== data40){
const err109 = {instancePath:instancePath+"/conflict/strategy",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/strategy/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant",schema:"manual",parentSchema:schema49.oneOf[9].properties.strategy,data:data40};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data19.description !== undefined){
let data41 = data19.description;
if(typeof data41 === "string"){
if(func1(data41) > 2000){
const err110 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema49.oneOf[9].properties.description,data:data41};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/conflict/description",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.description.type,parentSchema:schema49.oneOf[9].properties.description,data:data41};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data19.interim !== undefined){
let data42 = data19.interim;
if(!(((data42 === "server") || (data42 === "client")) || (data42 === "last-writer-wins"))){
const err112 = {instancePath:instancePath+"/conflict/interim",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/interim/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[9].properties.interim.enum},message:"must be equal to one of the allowed values",schema:schema49.oneOf[9].properties.interim.enum,parentSchema:schema49.oneOf[9].properties.interim,data:data42};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data19.prompt !== undefined){
let data43 = data19.prompt;
if(typeof data43 === "string"){
if(func1(data43) > 500){
const err113 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema49.oneOf[9].properties.prompt,data:data43};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/conflict/prompt",schemaPath:"#/$defs/ConflictRule/oneOf/9/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[9].properties.prompt.type,parentSchema:schema49.oneOf[9].properties.prompt,data:data43};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/oneOf/9/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[9].type,parentSchema:schema49.oneOf[9],data:data19};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(props1 !== true){
props1 = true;
}
}
else {
const err116 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "strategy", tagValue: tag0},message:"value of tag \"strategy\" must be in oneOf",schema:schema49.discriminator,parentSchema:schema49,data:data19};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/discriminator",keyword:"discriminator",params:{error: "tag", tag: "strategy", tagValue: tag0},message:"tag \"strategy\" must be string",schema:schema49.discriminator,parentSchema:schema49,data:data19};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/conflict",schemaPath:"#/$defs/ConflictRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data19};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = schema31["$defs"]["OfflineStates"];
const schema69 = schema31["$defs"]["OfflineState"];
const schema70 = schema31["$defs"]["Transition"];
const pattern55 = new RegExp("^(\\*|[A-Za-z][A-Za-z0-9_]{0,63})$", "u");

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.initial === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "initial"},message:"must have required property '"+"initial"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.states === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "states"},message:"must have required property '"+"states"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.transitions === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transitions"},message:"must have required property '"+"transitions"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "initial") || (key0 === "states")) || (key0 === "transitions"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.initial !== undefined){
let data0 = data.initial;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err4 = {instancePath:instancePath+"/initial",schemaPath:"#/properties/initial/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema68.properties.initial,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/initial",schemaPath:"#/properties/initial/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.initial.type,parentSchema:schema68.properties.initial,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.states !== undefined){
let data1 = data.states;
if(Array.isArray(data1)){
if(data1.length > 50){
const err6 = {instancePath:instancePath+"/states",schemaPath:"#/properties/states/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema68.properties.states,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.length < 1){
const err7 = {instancePath:instancePath+"/states",schemaPath:"#/properties/states/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema68.properties.states,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err8 = {instancePath:instancePath+"/states/" + i0,schemaPath:"#/$defs/OfflineState/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema69.required,parentSchema:schema69,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.network === undefined){
const err9 = {instancePath:instancePath+"/states/" + i0,schemaPath:"#/$defs/OfflineState/required",keyword:"required",params:{missingProperty: "network"},message:"must have required property '"+"network"+"'",schema:schema69.required,parentSchema:schema69,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.sync === undefined){
const err10 = {instancePath:instancePath+"/states/" + i0,schemaPath:"#/$defs/OfflineState/required",keyword:"required",params:{missingProperty: "sync"},message:"must have required property '"+"sync"+"'",schema:schema69.required,parentSchema:schema69,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.writes === undefined){
const err11 = {instancePath:instancePath+"/states/" + i0,schemaPath:"#/$defs/OfflineState/required",keyword:"required",params:{missingProperty: "writes"},message:"must have required property '"+"writes"+"'",schema:schema69.required,parentSchema:schema69,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
if(!((((((key1 === "name") || (key1 === "description")) || (key1 === "network")) || (key1 === "sync")) || (key1 === "writes")) || (key1 === "entityWrites"))){
const err12 = {instancePath:instancePath+"/states/" + i0,schemaPath:"#/$defs/OfflineState/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err13 = {instancePath:instancePath+"/states/" + i0+"/name",schemaPath:"#/$defs/OfflineState/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema69.properties.name,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/states/" + i0+"/name",schemaPath:"#/$defs/OfflineState/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.name.type,parentSchema:schema69.properties.name,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.description !== undefined){
let data4 = data2.description;
if(typeof data4 === "string"){
if(func1(data4) > 2000){
const err15 = {instancePath:instancePath+"/states/" + i0+"/description",schemaPath:"#/$defs/OfflineState/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema69.properties.description,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/states/" + i0+"/description",schemaPath:"#/$defs/OfflineState/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.description.type,parentSchema:schema69.properties.description,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.network !== undefined){
let data5 = data2.network;
if(!(((data5 === "online") || (data5 === "limited")) || (data5 === "offline"))){
const err17 = {instancePath:instancePath+"/states/" + i0+"/network",schemaPath:"#/$defs/OfflineState/properties/network/enum",keyword:"enum",params:{allowedValues: schema69.properties.network.enum},message:"must be equal to one of the allowed values",schema:schema69.properties.network.enum,parentSchema:schema69.properties.network,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.sync !== undefined){
let data6 = data2.sync;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.enabled === undefined){
const err18 = {instancePath:instancePath+"/states/" + i0+"/sync",schemaPath:"#/$defs/OfflineState/properties/sync/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema69.properties.sync.required,parentSchema:schema69.properties.sync,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data6){
if(!(((key2 === "enabled") || (key2 === "priorities")) || (key2 === "entities"))){
const err19 = {instancePath:instancePath+"/states/" + i0+"/sync",schemaPath:"#/$defs/OfflineState/properties/sync/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.sync,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.enabled !== undefined){
let data7 = data6.enabled;
if(typeof data7 !== "boolean"){
const err20 = {instancePath:instancePath+"/states/" + i0+"/sync/enabled",schemaPath:"#/$defs/OfflineState/properties/sync/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema69.properties.sync.properties.enabled.type,parentSchema:schema69.properties.sync.properties.enabled,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.priorities !== undefined){
let data8 = data6.priorities;
if(Array.isArray(data8)){
if(data8.length < 1){
const err21 = {instancePath:instancePath+"/states/" + i0+"/sync/priorities",schemaPath:"#/$defs/OfflineState/properties/sync/properties/priorities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69.properties.sync.properties.priorities,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(!((((data9 === "critical") || (data9 === "high")) || (data9 === "normal")) || (data9 === "low"))){
const err22 = {instancePath:instancePath+"/states/" + i0+"/sync/priorities/" + i1,schemaPath:"#/$defs/OfflineState/properties/sync/properties/priorities/items/enum",keyword:"enum",params:{allowedValues: schema69.properties.sync.properties.priorities.items.enum},message:"must be equal to one of the allowed values",schema:schema69.properties.sync.properties.priorities.items.enum,parentSchema:schema69.properties.sync.properties.priorities.items,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i2 = data8.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data8[i2], data8[j0])){
const err23 = {instancePath:instancePath+"/states/" + i0+"/sync/priorities",schemaPath:"#/$defs/OfflineState/properties/sync/properties/priorities/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema69.properties.sync.properties.priorities,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/states/" + i0+"/sync/priorities",schemaPath:"#/$defs/OfflineState/properties/sync/properties/priorities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.sync.properties.priorities.type,parentSchema:schema69.properties.sync.properties.priorities,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.entities !== undefined){
let data10 = data6.entities;
if(Array.isArray(data10)){
if(data10.length < 1){
const err25 = {instancePath:instancePath+"/states/" + i0+"/sync/entities",schemaPath:"#/$defs/OfflineState/properties/sync/properties/entities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69.properties.sync.properties.entities,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len2 = data10.length;
for(let i3=0; i3<len2; i3++){
let data11 = data10[i3];
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err26 = {instancePath:instancePath+"/states/" + i0+"/sync/entities/" + i3,schemaPath:"#/$defs/OfflineState/properties/sync/properties/entities/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema69.properties.sync.properties.entities.items,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/states/" + i0+"/sync/entities/" + i3,schemaPath:"#/$defs/OfflineState/properties/sync/properties/entities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.sync.properties.entities.items.type,parentSchema:schema69.properties.sync.properties.entities.items,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
let i4 = data10.length;
let j1;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data10[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err28 = {instancePath:instancePath+"/states/" + i0+"/sync/entities",schemaPath:"#/$defs/OfflineState/properties/sync/properties/entities/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema69.properties.sync.properties.entities,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err29 = {instancePath:instancePath+"/states/" + i0+"/sync/entities",schemaPath:"#/$defs/OfflineState/properties/sync/properties/entities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.sync.properties.entities.type,parentSchema:schema69.properties.sync.properties.entities,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/states/" + i0+"/sync",schemaPath:"#/$defs/OfflineState/properties/sync/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.sync.type,parentSchema:schema69.properties.sync,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data2.writes !== undefined){
let data12 = data2.writes;
if(!(((data12 === "allow") || (data12 === "queue")) || (data12 === "block"))){
const err31 = {instancePath:instancePath+"/states/" + i0+"/writes",schemaPath:"#/$defs/OfflineState/properties/writes/enum",keyword:"enum",params:{allowedValues: schema69.properties.writes.enum},message:"must be equal to one of the allowed values",schema:schema69.properties.writes.enum,parentSchema:schema69.properties.writes,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data2.entityWrites !== undefined){
let data13 = data2.entityWrites;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i5=0; i5<len3; i5++){
let data14 = data13[i5];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.entity === undefined){
const err32 = {instancePath:instancePath+"/states/" + i0+"/entityWrites/" + i5,schemaPath:"#/$defs/OfflineState/properties/entityWrites/items/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema69.properties.entityWrites.items.required,parentSchema:schema69.properties.entityWrites.items,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data14.writes === undefined){
const err33 = {instancePath:instancePath+"/states/" + i0+"/entityWrites/" + i5,schemaPath:"#/$defs/OfflineState/properties/entityWrites/items/required",keyword:"required",params:{missingProperty: "writes"},message:"must have required property '"+"writes"+"'",schema:schema69.properties.entityWrites.items.required,parentSchema:schema69.properties.entityWrites.items,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key3 in data14){
if(!((key3 === "entity") || (key3 === "writes"))){
const err34 = {instancePath:instancePath+"/states/" + i0+"/entityWrites/" + i5,schemaPath:"#/$defs/OfflineState/properties/entityWrites/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.entityWrites.items,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data14.entity !== undefined){
let data15 = data14.entity;
if(typeof data15 === "string"){
if(!pattern6.test(data15)){
const err35 = {instancePath:instancePath+"/states/" + i0+"/entityWrites/" + i5+"/entity",schemaPath:"#/$defs/OfflineState/properties/entityWrites/items/properties/entity/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema69.properties.entityWrites.items.properties.entity,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/states/" + i0+"/entityWrites/" + i5+"/entity",schemaPath:"#/$defs/OfflineState/properties/entityWrites/items/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.entityWrites.items.properties.entity.type,parentSchema:schema69.properties.entityWrites.items.properties.entity,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data14.writes !== undefined){
let data16 = data14.writes;
if(!(((data16 === "allow") || (data16 === "queue")) || (data16 === "block"))){
const err37 = {instancePath:instancePath+"/states/" + i0+"/entityWrites/" + i5+"/writes",schemaPath:"#/$defs/OfflineState/properties/entityWrites/items/properties/writes/enum",keyword:"enum",params:{allowedValues: schema69.properties.entityWrites.items.properties.writes.enum},message:"must be equal to one of the allowed values",schema:schema69.properties.entityWrites.items.properties.writes.enum,parentSchema:schema69.properties.entityWrites.items.properties.writes,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/states/" + i0+"/entityWrites/" + i5,schemaPath:"#/$defs/OfflineState/properties/entityWrites/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.entityWrites.items.type,parentSchema:schema69.properties.entityWrites.items,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/states/" + i0+"/entityWrites",schemaPath:"#/$defs/OfflineState/properties/entityWrites/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.entityWrites.type,parentSchema:schema69.properties.entityWrites,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/states/" + i0,schemaPath:"#/$defs/OfflineState/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data:data2};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/states",schemaPath:"#/properties/states/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.states.type,parentSchema:schema68.properties.states,data:data1};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.transitions !== undefined){
let data17 = data.transitions;
if(Array.isArray(data17)){
if(data17.length > 500){
const err42 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema68.properties.transitions,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len4 = data17.length;
for(let i6=0; i6<len4; i6++){
let data18 = data17[i6];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.from === undefined){
const err43 = {instancePath:instancePath+"/transitions/" + i6,schemaPath:"#/$defs/Transition/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema70.required,parentSchema:schema70,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data18.event === undefined){
const err44 = {instancePath:instancePath+"/transitions/" + i6,schemaPath:"#/$defs/Transition/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema70.required,parentSchema:schema70,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data18.to === undefined){
const err45 = {instancePath:instancePath+"/transitions/" + i6,schemaPath:"#/$defs/Transition/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema70.required,parentSchema:schema70,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key4 in data18){
if(!((((key4 === "from") || (key4 === "event")) || (key4 === "action")) || (key4 === "to"))){
const err46 = {instancePath:instancePath+"/transitions/" + i6,schemaPath:"#/$defs/Transition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data18.from !== undefined){
let data19 = data18.from;
if(typeof data19 === "string"){
if(!pattern55.test(data19)){
const err47 = {instancePath:instancePath+"/transitions/" + i6+"/from",schemaPath:"#/$defs/Transition/properties/from/pattern",keyword:"pattern",params:{pattern: "^(\\*|[A-Za-z][A-Za-z0-9_]{0,63})$"},message:"must match pattern \""+"^(\\*|[A-Za-z][A-Za-z0-9_]{0,63})$"+"\"",schema:"^(\\*|[A-Za-z][A-Za-z0-9_]{0,63})$",parentSchema:schema70.properties.from,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/transitions/" + i6+"/from",schemaPath:"#/$defs/Transition/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.from.type,parentSchema:schema70.properties.from,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data18.event !== undefined){
let data20 = data18.event;
if(!((((((((((data20 === "connection-lost") || (data20 === "connection-restored")) || (data20 === "connection-metered")) || (data20 === "heartbeat-failed")) || (data20 === "sync-started")) || (data20 === "sync-succeeded")) || (data20 === "sync-failed")) || (data20 === "battery-low")) || (data20 === "battery-ok")) || (data20 === "user-action"))){
const err49 = {instancePath:instancePath+"/transitions/" + i6+"/event",schemaPath:"#/$defs/Transition/properties/event/enum",keyword:"enum",params:{allowedValues: schema70.properties.event.enum},message:"must be equal to one of the allowed values",schema:schema70.properties.event.enum,parentSchema:schema70.properties.event,data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data18.action !== undefined){
let data21 = data18.action;
if(typeof data21 === "string"){
if(!pattern6.test(data21)){
const err50 = {instancePath:instancePath+"/transitions/" + i6+"/action",schemaPath:"#/$defs/Transition/properties/action/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema70.properties.action,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/transitions/" + i6+"/action",schemaPath:"#/$defs/Transition/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.action.type,parentSchema:schema70.properties.action,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data18.to !== undefined){
let data22 = data18.to;
if(typeof data22 === "string"){
if(!pattern6.test(data22)){
const err52 = {instancePath:instancePath+"/transitions/" + i6+"/to",schemaPath:"#/$defs/Transition/properties/to/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema70.properties.to,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/transitions/" + i6+"/to",schemaPath:"#/$defs/Transition/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.to.type,parentSchema:schema70.properties.to,data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/transitions/" + i6,schemaPath:"#/$defs/Transition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data:data18};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.transitions.type,parentSchema:schema68.properties.transitions,data:data17};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = schema31["$defs"]["RetryPolicy"];

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.initialDelay === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "initialDelay"},message:"must have required property '"+"initialDelay"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.maxDelay === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxDelay"},message:"must have required property '"+"maxDelay"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.multiplier === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "multiplier"},message:"must have required property '"+"multiplier"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.jitter === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jitter"},message:"must have required property '"+"jitter"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.maxAttempts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxAttempts"},message:"must have required property '"+"maxAttempts"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "initialDelay") || (key0 === "maxDelay")) || (key0 === "multiplier")) || (key0 === "jitter")) || (key0 === "maxAttempts"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.initialDelay !== undefined){
let data0 = data.initialDelay;
if(typeof data0 === "string"){
if(!pattern16.test(data0)){
const err6 = {instancePath:instancePath+"/initialDelay",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"+"\"",schema:"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/initialDelay",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.maxDelay !== undefined){
let data1 = data.maxDelay;
if(typeof data1 === "string"){
if(!pattern16.test(data1)){
const err8 = {instancePath:instancePath+"/maxDelay",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"+"\"",schema:"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$",parentSchema:schema44,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/maxDelay",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.multiplier !== undefined){
let data2 = data.multiplier;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 10 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/multiplier",schemaPath:"#/properties/multiplier/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema71.properties.multiplier,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/multiplier",schemaPath:"#/properties/multiplier/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema71.properties.multiplier,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/multiplier",schemaPath:"#/properties/multiplier/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema71.properties.multiplier.type,parentSchema:schema71.properties.multiplier,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.jitter !== undefined){
let data3 = data.jitter;
if(!(((data3 === "full") || (data3 === "equal")) || (data3 === "none"))){
const err13 = {instancePath:instancePath+"/jitter",schemaPath:"#/properties/jitter/enum",keyword:"enum",params:{allowedValues: schema71.properties.jitter.enum},message:"must be equal to one of the allowed values",schema:schema71.properties.jitter.enum,parentSchema:schema71.properties.jitter,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.maxAttempts !== undefined){
let data4 = data.maxAttempts;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/maxAttempts",schemaPath:"#/properties/maxAttempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema71.properties.maxAttempts.type,parentSchema:schema71.properties.maxAttempts,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/maxAttempts",schemaPath:"#/properties/maxAttempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema71.properties.maxAttempts,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/maxAttempts",schemaPath:"#/properties/maxAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema71.properties.maxAttempts,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:syncraft:spec:v1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.specVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "specVersion"},message:"must have required property '"+"specVersion"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.app === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "app"},message:"must have required property '"+"app"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.roles === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entities === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entities"},message:"must have required property '"+"entities"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.offlineStates === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "offlineStates"},message:"must have required property '"+"offlineStates"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.retry === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retry"},message:"must have required property '"+"retry"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "$schema") || (key0 === "specVersion")) || (key0 === "app")) || (key0 === "parameters")) || (key0 === "roles")) || (key0 === "entities")) || (key0 === "offlineStates")) || (key0 === "retry"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.specVersion !== undefined){
let data1 = data.specVersion;
if(1 !== data1){
const err8 = {instancePath:instancePath+"/specVersion",schemaPath:"#/properties/specVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.specVersion,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.app !== undefined){
let data2 = data.app;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err9 = {instancePath:instancePath+"/app",schemaPath:"#/$defs/AppInfo/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema32.required,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.name === undefined){
const err10 = {instancePath:instancePath+"/app",schemaPath:"#/$defs/AppInfo/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.version === undefined){
const err11 = {instancePath:instancePath+"/app",schemaPath:"#/$defs/AppInfo/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema32.required,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "id") || (key1 === "name")) || (key1 === "version")) || (key1 === "description")) || (key1 === "owner"))){
const err12 = {instancePath:instancePath+"/app",schemaPath:"#/$defs/AppInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err13 = {instancePath:instancePath+"/app/id",schemaPath:"#/$defs/AppInfo/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,62}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,62}$"+"\"",schema:"^[a-z][a-z0-9-]{1,62}$",parentSchema:schema32.properties.id,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/app/id",schemaPath:"#/$defs/AppInfo/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.id.type,parentSchema:schema32.properties.id,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func1(data4) > 200){
const err15 = {instancePath:instancePath+"/app/name",schemaPath:"#/$defs/AppInfo/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32.properties.name,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func1(data4) < 1){
const err16 = {instancePath:instancePath+"/app/name",schemaPath:"#/$defs/AppInfo/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.name,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/app/name",schemaPath:"#/$defs/AppInfo/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.version !== undefined){
let data5 = data2.version;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err18 = {instancePath:instancePath+"/app/version",schemaPath:"#/$defs/AppInfo/properties/version/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$"+"\"",schema:"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$",parentSchema:schema32.properties.version,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/app/version",schemaPath:"#/$defs/AppInfo/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.version.type,parentSchema:schema32.properties.version,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.description !== undefined){
let data6 = data2.description;
if(typeof data6 === "string"){
if(func1(data6) > 2000){
const err20 = {instancePath:instancePath+"/app/description",schemaPath:"#/$defs/AppInfo/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema32.properties.description,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/app/description",schemaPath:"#/$defs/AppInfo/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.description.type,parentSchema:schema32.properties.description,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.owner !== undefined){
let data7 = data2.owner;
if(typeof data7 === "string"){
if(func1(data7) > 200){
const err22 = {instancePath:instancePath+"/app/owner",schemaPath:"#/$defs/AppInfo/properties/owner/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32.properties.owner,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func1(data7) < 1){
const err23 = {instancePath:instancePath+"/app/owner",schemaPath:"#/$defs/AppInfo/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.owner,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/app/owner",schemaPath:"#/$defs/AppInfo/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.owner.type,parentSchema:schema32.properties.owner,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/app",schemaPath:"#/$defs/AppInfo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.parameters !== undefined){
let data8 = data.parameters;
if(Array.isArray(data8)){
if(data8.length > 100){
const err26 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema31.properties.parameters,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err27 = {instancePath:instancePath+"/parameters/" + i0,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema33.required,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data9.type === undefined){
const err28 = {instancePath:instancePath+"/parameters/" + i0,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema33.required,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key2 in data9){
if(!((((key2 === "name") || (key2 === "type")) || (key2 === "description")) || (key2 === "claim"))){
const err29 = {instancePath:instancePath+"/parameters/" + i0,schemaPath:"#/$defs/Parameter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
if(typeof data10 === "string"){
if(!pattern6.test(data10)){
const err30 = {instancePath:instancePath+"/parameters/" + i0+"/name",schemaPath:"#/$defs/Parameter/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema33.properties.name,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/parameters/" + i0+"/name",schemaPath:"#/$defs/Parameter/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.name.type,parentSchema:schema33.properties.name,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.type !== undefined){
let data11 = data9.type;
if(!((((data11 === "string") || (data11 === "number")) || (data11 === "boolean")) || (data11 === "string-list"))){
const err32 = {instancePath:instancePath+"/parameters/" + i0+"/type",schemaPath:"#/$defs/Parameter/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.type.enum,parentSchema:schema33.properties.type,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data9.description !== undefined){
let data12 = data9.description;
if(typeof data12 === "string"){
if(func1(data12) > 2000){
const err33 = {instancePath:instancePath+"/parameters/" + i0+"/description",schemaPath:"#/$defs/Parameter/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema33.properties.description,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/parameters/" + i0+"/description",schemaPath:"#/$defs/Parameter/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.description.type,parentSchema:schema33.properties.description,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.claim !== undefined){
let data13 = data9.claim;
if(typeof data13 === "string"){
if(!pattern7.test(data13)){
const err35 = {instancePath:instancePath+"/parameters/" + i0+"/claim",schemaPath:"#/$defs/Parameter/properties/claim/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$",parentSchema:schema33.properties.claim,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/parameters/" + i0+"/claim",schemaPath:"#/$defs/Parameter/properties/claim/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.claim.type,parentSchema:schema33.properties.claim,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/parameters/" + i0,schemaPath:"#/$defs/Parameter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.parameters.type,parentSchema:schema31.properties.parameters,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.roles !== undefined){
let data14 = data.roles;
if(Array.isArray(data14)){
if(data14.length > 200){
const err39 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema31.properties.roles,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data14.length < 1){
const err40 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.roles,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(!(validate21(data14[i1], {instancePath:instancePath+"/roles/" + i1,parentData:data14,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err41 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.roles.type,parentSchema:schema31.properties.roles,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.entities !== undefined){
let data16 = data.entities;
if(Array.isArray(data16)){
if(data16.length > 5000){
const err42 = {instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema31.properties.entities,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.length < 1){
const err43 = {instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.entities,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
if(!(validate37(data16[i2], {instancePath:instancePath+"/entities/" + i2,parentData:data16,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err44 = {instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.entities.type,parentSchema:schema31.properties.entities,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.offlineStates !== undefined){
if(!(validate48(data.offlineStates, {instancePath:instancePath+"/offlineStates",parentData:data,parentDataProperty:"offlineStates",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.retry !== undefined){
if(!(validate50(data.retry, {instancePath:instancePath+"/retry",parentData:data,parentDataProperty:"retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const AllCondition: SchemaCheck = validate52;

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.all === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "all"},message:"must have required property '"+"all"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "all")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.all !== undefined){
let data0 = data.all;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema37.properties.all,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data0[i0], {instancePath:instancePath+"/all/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.all.type,parentSchema:schema37.properties.all,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const AnyCondition: SchemaCheck = validate54;

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.any === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "any"},message:"must have required property '"+"any"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "any")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.any !== undefined){
let data0 = data.any;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.any,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data0[i0], {instancePath:instancePath+"/any/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.any.type,parentSchema:schema38.properties.any,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const NotCondition: SchemaCheck = validate56;

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.not === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "not"},message:"must have required property '"+"not"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "not")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.not !== undefined){
if(!(validate23(data.not, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ComparisonCondition: SchemaCheck = validate58;

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema40.oneOf[0].required,parentSchema:schema40.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.param === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "param"},message:"must have required property '"+"param"+"'",schema:schema40.oneOf[1].required,parentSchema:schema40.oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema40.oneOf,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.op === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "field") || (key0 === "op")) || (key0 === "value")) || (key0 === "param"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema40.properties.field,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.field.type,parentSchema:schema40.properties.field,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(!(((((((((data1 === "eq") || (data1 === "ne")) || (data1 === "lt")) || (data1 === "lte")) || (data1 === "gt")) || (data1 === "gte")) || (data1 === "in")) || (data1 === "not-in")) || (data1 === "contains"))){
const err8 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema40.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.op.enum,parentSchema:schema40.properties.op,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.value !== undefined){
let data2 = data.value;
const _errs9 = errors;
let valid2 = false;
let passing1 = null;
const _errs10 = errors;
if((((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")) && (data2 !== null)){
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/oneOf/0/type",keyword:"type",params:{type: schema40.properties.value.oneOf[0].type},message:"must be string,number,boolean,null",schema:schema40.properties.value.oneOf[0].type,parentSchema:schema40.properties.value.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs10 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs12 = errors;
if(Array.isArray(data2)){
if(data2.length > 1000){
const err10 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema40.properties.value.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")) && (data3 !== null)){
const err11 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/properties/value/oneOf/1/items/type",keyword:"type",params:{type: schema40.properties.value.oneOf[1].items.type},message:"must be string,number,boolean,null",schema:schema40.properties.value.oneOf[1].items.type,parentSchema:schema40.properties.value.oneOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.value.oneOf[1].type,parentSchema:schema40.properties.value.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs12 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err13 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema40.properties.value.oneOf,parentSchema:schema40.properties.value,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.param !== undefined){
let data4 = data.param;
if(typeof data4 === "string"){
if(!pattern13.test(data4)){
const err14 = {instancePath:instancePath+"/param",schemaPath:"#/$defs/ParamName/pattern",keyword:"pattern",params:{pattern: "^(user\\.id|user\\.roles|[A-Za-z][A-Za-z0-9_]{0,63})$"},message:"must match pattern \""+"^(user\\.id|user\\.roles|[A-Za-z][A-Za-z0-9_]{0,63})$"+"\"",schema:"^(user\\.id|user\\.roles|[A-Za-z][A-Za-z0-9_]{0,63})$",parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/param",schemaPath:"#/$defs/ParamName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const PresenceCondition: SchemaCheck = validate59;

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "field") || (key0 === "op"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema42.properties.field,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.field.type,parentSchema:schema42.properties.field,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(!((data1 === "is-set") || (data1 === "is-not-set"))){
const err5 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema42.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.op.enum,parentSchema:schema42.properties.op,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const TimeWindowCondition: SchemaCheck = validate60;

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.within === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "within"},message:"must have required property '"+"within"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "field") || (key0 === "within"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema43.properties.field,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.field.type,parentSchema:schema43.properties.field,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.within !== undefined){
let data1 = data.within;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err5 = {instancePath:instancePath+"/within",schemaPath:"#/properties/within/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema43.properties.within,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "past") || (key1 === "future"))){
const err6 = {instancePath:instancePath+"/within",schemaPath:"#/properties/within/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.within,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.past !== undefined){
let data2 = data1.past;
if(typeof data2 === "string"){
if(!pattern16.test(data2)){
const err7 = {instancePath:instancePath+"/within/past",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"+"\"",schema:"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$",parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/within/past",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.future !== undefined){
let data3 = data1.future;
if(typeof data3 === "string"){
if(!pattern16.test(data3)){
const err9 = {instancePath:instancePath+"/within/future",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$"+"\"",schema:"^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$",parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/within/future",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/within",schemaPath:"#/properties/within/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.within.type,parentSchema:schema43.properties.within,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const RoleCondition: SchemaCheck = validate61;

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "role")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.role !== undefined){
let data0 = data.role;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema46.properties.role,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.role.type,parentSchema:schema46.properties.role,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
