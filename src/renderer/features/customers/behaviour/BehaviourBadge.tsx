import { Badge, type BadgeProps } from '@mantine/core';
import {
  type Icon,
  IconAlertTriangle,
  IconCircleCheck,
  IconClock,
  IconSeedling,
  IconTrendingDown,
} from '@tabler/icons-react';
import type { BehaviourClass } from '../../../../shared/contract/behaviour';
import classes from './behaviour.module.css';

/**
 * Each class's look: a colour from calm to alarmed, and an icon, so the class never rests on colour
 * alone (the words are always there too).
 */
const BEHAVIOUR_LOOK: Record<BehaviourClass, { color: string; icon: Icon }> = {
  reliable: { color: 'teal', icon: IconCircleCheck },
  occasional: { color: 'yellow', icon: IconClock },
  worsening: { color: 'orange', icon: IconTrendingDown },
  chronic: { color: 'red', icon: IconAlertTriangle },
  new: { color: 'gray', icon: IconSeedling },
};

interface BehaviourBadgeProps {
  behaviourClass: BehaviourClass;
  /** Main's words for the class ("Reliable payer"). */
  label: string;
  size?: BadgeProps['size'];
}

/** How a customer pays, as a small tinted badge: icon and words in the class's colour. */
export function BehaviourBadge({ behaviourClass, label, size = 'md' }: BehaviourBadgeProps) {
  const { color, icon: ClassIcon } = BEHAVIOUR_LOOK[behaviourClass];
  const iconSize = size === 'xs' || size === 'sm' ? 12 : size === 'lg' || size === 'xl' ? 16 : 14;
  return (
    <Badge
      variant="light"
      color={color}
      size={size}
      radius="sm"
      tt="none"
      // Mantine's light tint writes yellow on pale yellow; the module darkens every class's ink enough
      // to read (and lightens it in the dark scheme).
      className={classes.badge}
      c="var(--behaviour-ink)"
      data-behaviour={behaviourClass}
      leftSection={<ClassIcon size={iconSize} stroke={2} aria-hidden />}
    >
      {label}
    </Badge>
  );
}
