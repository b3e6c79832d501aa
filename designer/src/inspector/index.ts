/** The inspector: edits the selection, or the app settings when nothing is selected. */
export { ConditionBuilder, type ConditionChoices } from './condition/ConditionBuilder';
export { Inspector } from './Inspector';
