import type { Scenario } from '../harness/scenario';
import { inspectorIsKeyboardReachable, screensAreAccessible } from './a11y';
import { arrangeLaysOutInOneStep, arrangeWithoutWorker } from './arrange';
import { reloadKeepsWork, reloadRightAfterEdit } from './autosave';
import { blankToPublished } from './blank-to-published';
import { buildFromBlank } from './build';
import { connectionsFromInspector } from './connections-inspector';
import { consoleReviewsAndPublishes } from './console';
import { rulesDockUnderEntities } from './docking';
import { exportRightAfterEdit } from './export-fresh';
import { exportValidates, importExplainsRefusals } from './files';
import { focusModeShowsOneEntity } from './focus-mode';
import { everyTemplateOpens } from './gallery';
import { jsonEditsDriveCanvas } from './json';
import { problemsInPlainWords } from './plain-problems';
import { publishDialogSaysWhereItStands } from './publish-standing';
import { publishSendsForReview, publishWithoutServer } from './registry';
import { relationScopesMoveRecords } from './relations';
import { templateAsksBeforeReplacing } from './replace-work';
import { designerRunsUnderServerHeaders } from './server-headers';
import { shellLoadsWithoutMonaco } from './shell';
import { signInForReview } from './sign-in';
import { signInAcrossTabs } from './sign-in-tabs';
import { simulatorExplainsConflicts } from './simulator';
import { simulatorRunsOnServer } from './simulator-server';
import { startFromData } from './start-from-data';
import { topBarFitsNarrowWindows } from './top-bar';
import { typingNamesAndLists } from './typing';
import { undoSurvivesReload } from './undo-reload';
import { whoGetsWhatOffline } from './who-gets-what';
import { writeRulesDrawn } from './write-rules';

/** Every scenario, in the order they run. */
export const scenarios: readonly Scenario[] = [
  shellLoadsWithoutMonaco,
  buildFromBlank,
  startFromData,
  typingNamesAndLists,
  connectionsFromInspector,
  whoGetsWhatOffline,
  blankToPublished,
  everyTemplateOpens,
  templateAsksBeforeReplacing,
  importExplainsRefusals,
  problemsInPlainWords,
  exportValidates,
  exportRightAfterEdit,
  reloadKeepsWork,
  reloadRightAfterEdit,
  undoSurvivesReload,
  jsonEditsDriveCanvas,
  screensAreAccessible,
  inspectorIsKeyboardReachable,
  simulatorExplainsConflicts,
  simulatorRunsOnServer,
  relationScopesMoveRecords,
  writeRulesDrawn,
  publishWithoutServer,
  publishSendsForReview,
  publishDialogSaysWhereItStands,
  signInForReview,
  signInAcrossTabs,
  designerRunsUnderServerHeaders,
  consoleReviewsAndPublishes,
  topBarFitsNarrowWindows,
  arrangeLaysOutInOneStep,
  arrangeWithoutWorker,
  rulesDockUnderEntities,
  focusModeShowsOneEntity,
];
