import type { NodeKind } from '../graph/types';
import { icons } from './icons';

/** A node kind's icon; decorative (the kind is always named next to it). */
export function KindIcon(props: { kind: NodeKind; size?: number }) {
  const size = props.size ?? 18;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={icons[props.kind]} />
    </svg>
  );
}
