import type { Scenario } from '../harness/scenario';
import { inspectorIsKeyboardReachable, screensAreAccessible } from './a11y';
import { reloadKeepsWork } from './autosave';
import { buildFromBlank } from './build';
import { exportValidates, importExplainsRefusals } from './files';
import { everyTemplateOpens } from './gallery';
import { jsonEditsDriveCanvas } from './json';
import { publishSendsForReview, publishWithoutServer } from './registry';
import { relationScopesMoveRecords } from './relations';
import { designerRunsUnderServerHeaders } from './server-headers';
import { shellLoadsWithoutMonaco } from './shell';
import { simulatorExplainsConflicts } from './simulator';
import { startFromData } from './start-from-data';

/** Every scenario, in the order they run. */
export const scenarios: readonly Scenario[] = [
  shellLoadsWithoutMonaco,
  buildFromBlank,
  startFromData,
  everyTemplateOpens,
  importExplainsRefusals,
  exportValidates,
  reloadKeepsWork,
  jsonEditsDriveCanvas,
  screensAreAccessible,
  inspectorIsKeyboardReachable,
  simulatorExplainsConflicts,
  relationScopesMoveRecords,
  publishWithoutServer,
  publishSendsForReview,
  designerRunsUnderServerHeaders,
];
