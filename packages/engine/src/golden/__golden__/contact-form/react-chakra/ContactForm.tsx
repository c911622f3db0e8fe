import { useState, type FormEvent } from 'react';
import { chakra } from '@chakra-ui/react';

interface ContactSubjectOptionItem {
  id: string;
  label: string;
}

const contactSubjectOptionItems: ContactSubjectOptionItem[] = [
  { id: 's1', label: 'Sales' },
  { id: 's2', label: 'Support' },
  { id: 's3', label: 'Partnerships' },
  { id: 's4', label: 'Press' },
];

/** Contact form with validation states */
export interface ContactFormProps {
  /** Email error message; empty when valid @default 'Enter a valid email address, like name@company.com.' */
  emailError?: string;
  onSubmit?: () => void;
}

/** Contact form with validation states */
export function ContactForm({ emailError = 'Enter a valid email address, like name@company.com.', onSubmit }: ContactFormProps) {
  const [sent, setSent] = useState(false);

  function handleContactSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(true);
    onSubmit?.();
  }

  return (
    <chakra.form
      aria-labelledby="contact-title"
      onSubmit={handleContactSubmit}
      color="text"
      bg="surface"
      borderColor="border"
      p={{ base: "lg", md: "xl" }}
      gap="lg"
      rounded="lg"
      borderWidth="var(--border-width)"
      shadow="sm"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      w="100%"
      maxW="40rem"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.header gap="sm" display="flex" flexDirection="column">
        <chakra.h2
          id="contact-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize="2xl"
          fontWeight="bold"
          lineHeight="tight"
        >Get in touch</chakra.h2>
        <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">Tell us about your project and we’ll reply within one business day.</chakra.p>
      </chakra.header>
      {sent && (
        <chakra.div
          role="status"
          bg="surface-muted"
          borderColor="success"
          p="md"
          gap="md"
          rounded="md"
          borderWidth="var(--border-width)"
          display="flex"
          alignItems="flex-start"
          borderStyle="solid"
        >
          <chakra.span
            aria-hidden="true"
            color="text"
            bg="success"
            p="xs"
            rounded="md"
            display="inline-flex"
            flexShrink="0"
            alignItems="center"
            justifyContent="center"
            w={"{spacing.xl}"}
            h={"{spacing.xl}"}
            boxSizing="content-box"
          >
            <chakra.svg
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
              focusable="false"
              htmlWidth="18"
              htmlHeight="18"
              aria-hidden="true"
            >
              <chakra.circle cx="12" cy="12" r="9" />
              <chakra.path d="m8 12 3 3 5-6" />
            </chakra.svg>
          </chakra.span>
          <chakra.div gap="xs" display="flex" flexDirection="column">
            <chakra.p
              color="text"
              m="0"
              fontFamily="heading"
              fontSize="md"
              fontWeight="bold"
              lineHeight="tight"
            >Thanks! Your message has been sent.</chakra.p>
            <chakra.p color="text" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">We’ll get back to you at the email you entered.</chakra.p>
          </chakra.div>
        </chakra.div>
      )}
      <chakra.div
        gap="md"
        display="grid"
        gridTemplateColumns={{ base: "minmax(0, 1fr)", md: "repeat(2, minmax(0, 1fr))" }}
      >
        <chakra.div gap="xs" display="flex" flexDirection="column">
          <chakra.label htmlFor="contact-name" color="text" fontSize="sm" fontWeight="medium">Full name<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
          <chakra.input
            id="contact-name"
            name="contact-name"
            type="text"
            autoComplete="name"
            required
            color="text"
            bg="surface"
            borderColor="border"
            py="sm"
            px="md"
            rounded="md"
            borderWidth="var(--border-width)"
            fontFamily="base"
            fontSize="md"
            lineHeight="normal"
            transitionDuration="fast"
            w="100%"
            borderStyle="solid"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            boxSizing="border-box"
            _hover={{ borderColor: "text-muted" }}
            _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }}
            _active={{ borderColor: "focus" }}
            _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }}
          />
          <chakra.p
            color="text"
            m="0"
            gap="xs"
            fontFamily="base"
            fontSize="sm"
            lineHeight="normal"
            display="flex"
            alignItems="center"
          ><chakra.span color="success" display="inline-flex"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.circle cx="12" cy="12" r="9" /><chakra.path d="m8 12 3 3 5-6" /></chakra.svg></chakra.span>Looks good!</chakra.p>
        </chakra.div>
        <chakra.div gap="xs" display="flex" flexDirection="column">
          <chakra.label htmlFor="contact-email" color="text" fontSize="sm" fontWeight="medium">Email<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
          <chakra.div position="relative"><chakra.input id="contact-email" name="contact-email" type="email" autoComplete="email" required aria-describedby="contact-email-error" color="text" bg="surface" borderColor="border" py="sm" px="md" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="md" lineHeight="normal" transitionDuration="fast" w="100%" borderStyle="solid" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" boxSizing="border-box" _hover={{ borderColor: "text-muted" }} _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }} _active={{ borderColor: "focus" }} _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }} />{emailError ? <chakra.span aria-hidden="true" borderColor="danger" rounded="md" borderWidth="var(--border-width)" position="absolute" inset="0" borderStyle="solid" pointerEvents="none" /> : null}</chakra.div>
          {emailError ? (
            <chakra.p
              id="contact-email-error"
              aria-live="polite"
              color="danger"
              m="0"
              gap="xs"
              fontFamily="base"
              fontSize="sm"
              lineHeight="normal"
              display="flex"
              alignItems="center"
            ><chakra.span color="danger" display="inline-flex"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="16" htmlHeight="16" aria-hidden="true"><chakra.path d="M12 3 2 20h20zM12 10v4M12 17h.01" /></chakra.svg></chakra.span>{emailError}</chakra.p>
          ) : null}
        </chakra.div>
        <chakra.div gap="xs" display="flex" flexDirection="column" gridColumn={{ md: "1 / -1" }}>
          <chakra.label htmlFor="contact-subject" color="text" fontSize="sm" fontWeight="medium">Topic</chakra.label>
          <chakra.select
            id="contact-subject"
            name="subject"
            color="text"
            bg="surface"
            borderColor="border"
            py="sm"
            px="md"
            rounded="md"
            borderWidth="var(--border-width)"
            fontFamily="base"
            fontSize="md"
            lineHeight="normal"
            transitionDuration="fast"
            w="100%"
            borderStyle="solid"
            transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
            transitionTimingFunction="ease-out"
            boxSizing="border-box"
            _hover={{ borderColor: "text-muted" }}
            _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }}
            _active={{ borderColor: "focus" }}
            _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }}
          >
            {contactSubjectOptionItems.map((item) => (
              <chakra.option key={item.id} value={item.label}>{item.label}</chakra.option>
            ))}
          </chakra.select>
        </chakra.div>
        <chakra.div gap="xs" display="flex" flexDirection="column" gridColumn={{ md: "1 / -1" }}>
          <chakra.div gap="xs" display="flex" flexDirection="column">
            <chakra.label htmlFor="contact-message" color="text" fontSize="sm" fontWeight="medium">Message<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
            <chakra.textarea
              id="contact-message"
              name="contact-message"
              required
              rows={4}
              aria-describedby="contact-message-hint"
              color="text"
              bg="surface"
              borderColor="border"
              py="sm"
              px="md"
              rounded="md"
              borderWidth="var(--border-width)"
              fontFamily="base"
              fontSize="md"
              lineHeight="normal"
              transitionDuration="fast"
              w="100%"
              borderStyle="solid"
              transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
              transitionTimingFunction="ease-out"
              boxSizing="border-box"
              _hover={{ borderColor: "text-muted" }}
              _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }}
              _active={{ borderColor: "focus" }}
              _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }}
            />
            <chakra.p
              id="contact-message-hint"
              color="text-muted"
              m="0"
              fontFamily="base"
              fontSize="sm"
              lineHeight="normal"
            >Up to 500 characters.</chakra.p>
          </chakra.div>
        </chakra.div>
      </chakra.div>
      <chakra.label
        htmlFor="contact-consent"
        color="text"
        m="0"
        gap="sm"
        fontFamily="base"
        fontSize="sm"
        lineHeight="normal"
        display="flex"
        alignItems="flex-start"
        cursor="pointer"
      >
        <chakra.input
          id="contact-consent"
          name="contact-consent"
          type="checkbox"
          required
          m="0"
          transitionDuration="fast"
          flexShrink="0"
          w={"{fontSizes.md}"}
          h={"{fontSizes.md}"}
          cursor="pointer"
          transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
          transitionTimingFunction="ease-out"
          _hover={{ opacity: "0.85" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "scale(0.95)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        />
        <chakra.span>You may contact me about my request.</chakra.span>
      </chakra.label>
      <chakra.div gap="md" display="flex" alignItems="center" justifyContent="flex-end">
        <chakra.button
          type="submit"
          disabled={sent}
          color="on-primary"
          bg="primary"
          borderColor="transparent"
          py="sm"
          px="md"
          gap="xs"
          rounded="md"
          borderWidth="var(--border-width)"
          shadow="none"
          fontFamily="base"
          fontSize="md"
          fontWeight="semibold"
          lineHeight="tight"
          transitionDuration="fast"
          display="inline-flex"
          alignItems="center"
          justifyContent="center"
          textDecoration="none"
          whiteSpace="nowrap"
          borderStyle="solid"
          cursor="pointer"
          transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
          transitionTimingFunction="ease-out"
          userSelect="none"
          _hover={{ bg: "primary-hover" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ transform: "translateY(1px)" }}
          _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
        >Send message<chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M5 12h14M13 6l6 6-6 6" /></chakra.svg></chakra.button>
      </chakra.div>
    </chakra.form>
  );
}
