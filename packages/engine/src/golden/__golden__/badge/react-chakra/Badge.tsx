import { chakra } from '@chakra-ui/react';

/** Status badge */
export interface BadgeProps {
  /** @default 'New' */
  label?: string;
}

/** Status badge */
export function Badge({ label = 'New' }: BadgeProps) {
  return (
    <chakra.span
      color="text"
      bg="surface-muted"
      borderColor="border"
      py="xs"
      px="sm"
      gap="xs"
      rounded="full"
      borderWidth="var(--border-width)"
      fontSize="xs"
      fontWeight="semibold"
      lineHeight="tight"
      display="inline-flex"
      alignItems="center"
      whiteSpace="nowrap"
      borderStyle="solid"
    ><chakra.span aria-hidden="true" color="on-primary" bg="primary" rounded="full" display="inline-flex" flexShrink="0" alignItems="center" justifyContent="center" w={"{spacing.sm}"} h={"{spacing.sm}"} />{label}</chakra.span>
  );
}
