import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

/** Confirmation modal dialog */
export interface ConfirmModalProps {
  /** @default 'Delete this project?' */
  title?: string;
  /** @default '“Marketing site” and its 24 components will be permanently deleted. This can’t be undone.' */
  body?: string;
  /** @default 'Delete project' */
  confirmLabel?: string;
  onCancel?: () => void;
  onConfirm?: () => void;
}

/** Confirmation modal dialog */
export function ConfirmModal({ title = 'Delete this project?', body = '“Marketing site” and its 24 components will be permanently deleted. This can’t be undone.', confirmLabel = 'Delete project', onCancel, onConfirm }: ConfirmModalProps) {
  const [open, setOpen] = useState(true);

  function handleModalTriggerClick() {
    setOpen(true);
  }

  function handleModalCloseClick() {
    setOpen(false);
    onCancel?.();
  }

  function handleModalConfirmClick() {
    onConfirm?.();
    setOpen(false);
  }

  function handleModalCancelClick() {
    setOpen(false);
    onCancel?.();
  }

  return (
    <chakra.div fontFamily="base"><chakra.button type="button" aria-haspopup="dialog" onClick={handleModalTriggerClick} color="danger" bg="transparent" borderColor="danger" py="sm" px="md" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="md" fontWeight="semibold" lineHeight="tight" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" textDecoration="none" whiteSpace="nowrap" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" userSelect="none" _hover={{ color: "on-danger", bg: "danger" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" /></chakra.svg>Delete project</chakra.button>{open && <chakra.div p="md" display="flex" position="fixed" inset="0" zIndex="50" alignItems={{ base: "flex-end", sm: "center" }} justifyContent="center"><chakra.div aria-hidden="true" bg="text" position="absolute" inset="0" opacity="0.6" /><chakra.div role="alertdialog" aria-labelledby="modal-title" aria-describedby="modal-description" aria-modal="true" color="text" bg="surface" borderColor="border" p={{ base: "lg", sm: "xl" }} gap="md" rounded="lg" borderWidth="var(--border-width)" shadow="lg" display="flex" position="relative" flexDirection="column" w="100%" maxW="28rem" borderStyle="solid" boxSizing="border-box"><chakra.div gap="md" display="flex" alignItems="flex-start" justifyContent="space-between"><chakra.span aria-hidden="true" color="on-danger" bg="danger" p="xs" rounded="md" display="inline-flex" flexShrink="0" alignItems="center" justifyContent="center" w={"{spacing.xl}"} h={"{spacing.xl}"} boxSizing="content-box"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="20" htmlHeight="20" aria-hidden="true"><chakra.path d="M12 3 2 20h20zM12 10v4M12 17h.01" /></chakra.svg></chakra.span><chakra.button type="button" aria-label="Close dialog" onClick={handleModalCloseClick} color="text-muted" bg="transparent" borderColor="transparent" p="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="inherit" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M18 6 6 18M6 6l12 12" /></chakra.svg></chakra.button></chakra.div><chakra.h2 id="modal-title" color="text" m="0" fontFamily="heading" fontSize="xl" fontWeight="bold" lineHeight="tight">{title}</chakra.h2><chakra.p id="modal-description" color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">{body}</chakra.p><chakra.div mt="sm" gap="sm" display="flex" flexDirection={{ base: "column", sm: "row-reverse" }} justifyContent={{ sm: "flex-start" }}><chakra.button type="button" onClick={handleModalConfirmClick} color="on-danger" bg="danger" borderColor="transparent" py="sm" px="md" gap="xs" rounded="md" borderWidth="var(--border-width)" shadow="none" fontFamily="base" fontSize="md" fontWeight="semibold" lineHeight="tight" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" textDecoration="none" whiteSpace="nowrap" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" userSelect="none" _hover={{ bg: "danger", shadow: "md" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>{confirmLabel}</chakra.button><chakra.button type="button" onClick={handleModalCancelClick} color="text" bg="surface-muted" borderColor="transparent" py="sm" px="md" gap="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="md" fontWeight="semibold" lineHeight="tight" transitionDuration="fast" display="inline-flex" alignItems="center" justifyContent="center" textDecoration="none" whiteSpace="nowrap" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" userSelect="none" _hover={{ bg: "surface", borderColor: "border", shadow: "sm" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(1px)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Cancel</chakra.button></chakra.div></chakra.div></chakra.div>}</chakra.div>
  );
}
