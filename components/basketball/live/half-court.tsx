// The lines of a half court, basket at the top, drawn in feet (viewBox 50 × 47). Shot charts and
// the scorer's location picker draw on top of it.
import type { ReactNode } from 'react';
import { court } from '@/lib/basketball/client/court';

const { basket, lane, threePoint: three } = court;
// Where the three-point arc meets its straight corner lines.
const arcDx = court.width / 2 - three.corner;
const arcY = basket.y + Math.sqrt(three.radius ** 2 - arcDx ** 2);

export function HalfCourt({ children, label }: { children?: ReactNode; label: string }) {
  return (
    <svg viewBox={`0 0 ${court.width} ${court.length}`} role="img" aria-label={label} className="block h-auto w-full">
      <rect width={court.width} height={court.length} className="fill-amber-50 dark:fill-zinc-900" />
      <g fill="none" strokeWidth={0.3} className="stroke-zinc-400 dark:stroke-zinc-600">
        <rect x={0.15} y={0.15} width={court.width - 0.3} height={court.length - 0.3} />
        <rect x={basket.x - lane.halfWidth} y={0} width={lane.halfWidth * 2} height={lane.length} />
        <circle cx={basket.x} cy={lane.length} r={court.freeThrowRadius} />
        <path
          d={`M ${three.corner} 0 V ${arcY} A ${three.radius} ${three.radius} 0 0 0 ${court.width - three.corner} ${arcY} V 0`}
        />
        <path
          d={`M ${basket.x - court.restrictedRadius} ${basket.y} A ${court.restrictedRadius} ${court.restrictedRadius} 0 0 0 ${basket.x + court.restrictedRadius} ${basket.y}`}
        />
        <line
          x1={basket.x - court.backboard.halfWidth}
          y1={court.backboard.y}
          x2={basket.x + court.backboard.halfWidth}
          y2={court.backboard.y}
        />
        <circle cx={basket.x} cy={basket.y} r={court.rim} />
        <path d={`M ${basket.x - 6} ${court.length} A 6 6 0 0 1 ${basket.x + 6} ${court.length}`} />
      </g>
      {children}
    </svg>
  );
}
