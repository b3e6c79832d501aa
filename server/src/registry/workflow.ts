import { ApiError } from './errors';
import type { VersionStatus } from './tables';

/**
 * The review life cycle of a version, as pure rules. Publication is separate: any approved version
 * may be published (or rolled back to); an app has at most one approved version waiting for
 * publication (its release), so two concurrent approvals cannot both stand.
 *
 * ```
 * draft ──submit──▶ pending ──approve──▶ approved ──publish──▶ (published)
 *                     │  ▲                  │
 *                  reject└─submit──rejected ◀┘ reject (revoke, while unpublished)
 * ```
 */
export const TRANSITIONS = {
  submit: ['draft', 'rejected'],
  approve: ['pending'],
  reject: ['pending', 'approved'],
} as const satisfies Record<string, readonly VersionStatus[]>;

/** A review move: submit, approve or reject. */
export type Transition = keyof typeof TRANSITIONS;

const targets: Record<Transition, VersionStatus> = {
  submit: 'pending',
  approve: 'approved',
  reject: 'rejected',
};

const advice: Record<Transition, Partial<Record<VersionStatus, string>>> = {
  submit: {
    pending: 'It is already waiting for review.',
    approved: 'It is already approved: publish it.',
  },
  approve: {
    draft: 'Submit it for review first.',
    rejected: 'It was rejected: the author must submit it again.',
    approved: 'It is already approved.',
  },
  reject: {
    draft: 'It was never submitted.',
    rejected: 'It is already rejected.',
  },
};

/**
 * The status a version moves to, or a 409 that says why the move is not possible from `from`.
 *
 * @example
 * nextStatus('submit', 'draft') // 'pending'
 */
export function nextStatus(transition: Transition, from: VersionStatus): VersionStatus {
  if ((TRANSITIONS[transition] as readonly VersionStatus[]).includes(from)) return targets[transition];
  throw new ApiError(409, 'conflict', `Cannot ${transition} a version that is ${from}.`, {
    hint: advice[transition][from] ?? `Allowed from: ${TRANSITIONS[transition].join(', ')}.`,
  });
}

/** Self-approval is refused unless the organisation allows it. */
export function checkSelfApproval(
  submitter: string,
  approver: string,
  settings: { readonly allowSelfApproval: boolean },
): void {
  if (submitter !== approver || settings.allowSelfApproval) return;
  throw new ApiError(403, 'forbidden', 'You submitted this version, so you cannot approve it yourself.', {
    hint: 'Another reviewer must approve it (self-approval is off: allowSelfApproval).',
  });
}

/**
 * Four eyes on what a version says: whoever saved it (its author) may neither approve nor
 * publish it, even when a colleague pressed submit, unless the organisation allows self-approval.
 * Rolling back to an earlier approved version stays open to its author: it only restores what
 * someone else already approved.
 */
export function checkNotAuthor(
  author: string,
  actor: string,
  action: 'approve' | 'publish',
  settings: { readonly allowSelfApproval: boolean },
): void {
  if (author !== actor || settings.allowSelfApproval) return;
  throw new ApiError(403, 'forbidden', `You saved this version, so you cannot ${action} it yourself.`, {
    hint: `Another reviewer must ${action} it (separation of duties; self-approval is off: allowSelfApproval).`,
  });
}
