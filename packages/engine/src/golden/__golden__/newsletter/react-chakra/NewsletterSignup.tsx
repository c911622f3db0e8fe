import { useState, type ChangeEvent, type FormEvent } from 'react';
import { chakra } from '@chakra-ui/react';

/** Newsletter sign-up */
export interface NewsletterSignupProps {
  onSubscribe?: (payload: string) => void;
}

/** Newsletter sign-up */
export function NewsletterSignup({ onSubscribe }: NewsletterSignupProps) {
  const [email, setEmail] = useState('');
  const [subscribed, setSubscribed] = useState(false);

  function handleNewsletterFormSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubscribed(true);
    onSubscribe?.(email);
  }

  function handleNewsletterInputInput(event: ChangeEvent<HTMLInputElement>) {
    setEmail(event.currentTarget.value);
  }

  return (
    <chakra.section
      aria-labelledby="newsletter-title"
      color="text"
      bg="surface"
      borderColor="border"
      p={{ base: "lg", md: "xl" }}
      gap="md"
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
      <chakra.span
        aria-hidden="true"
        color="on-primary"
        bg="primary"
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
          htmlWidth="20"
          htmlHeight="20"
          aria-hidden="true"
        >
          <chakra.path d="M3 5h18v14H3zM3 7l9 6 9-6" />
        </chakra.svg>
      </chakra.span>
      <chakra.h2
        id="newsletter-title"
        color="text"
        m="0"
        fontFamily="heading"
        fontSize="xl"
        fontWeight="bold"
        lineHeight="tight"
      >Get the weekly UI digest</chakra.h2>
      <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">New components, design-system tips and release notes. One email every Thursday — no spam.</chakra.p>
      {subscribed ? (
        <chakra.p
          role="status"
          color="text"
          m="0"
          gap="sm"
          fontFamily="base"
          fontSize="md"
          fontWeight="medium"
          lineHeight="normal"
          display="flex"
          alignItems="center"
        ><chakra.span color="success" display="inline-flex"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="20" htmlHeight="20" aria-hidden="true"><chakra.circle cx="12" cy="12" r="9" /><chakra.path d="m8 12 3 3 5-6" /></chakra.svg></chakra.span>You’re subscribed! Check your inbox to confirm.</chakra.p>
      ) : (
        <chakra.form
          aria-label="Get the weekly UI digest"
          onSubmit={handleNewsletterFormSubmit}
          gap="sm"
          display="flex"
          flexDirection={{ base: "column", sm: "row" }}
          alignItems={{ sm: "flex-end" }}
        >
          <chakra.div gap="xs" display="flex" flexDirection="column" flexGrow="1">
            <chakra.label htmlFor="newsletter-email" color="text" fontSize="sm" fontWeight="medium">Email address</chakra.label>
            <chakra.input
              id="newsletter-email"
              type="email"
              name="email"
              autoComplete="email"
              placeholder="you@company.com"
              required
              value={email}
              aria-describedby="newsletter-privacy"
              onChange={handleNewsletterInputInput}
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
          </chakra.div>
          <chakra.button
            type="submit"
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
          >Subscribe<chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M5 12h14M13 6l6 6-6 6" /></chakra.svg></chakra.button>
        </chakra.form>
      )}
      <chakra.p
        id="newsletter-privacy"
        color="text-muted"
        m="0"
        gap="xs"
        fontFamily="base"
        fontSize="xs"
        lineHeight="normal"
        display="flex"
        alignItems="center"
      ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.path d="M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4" /></chakra.svg>We care about your data. Unsubscribe with one click.</chakra.p>
    </chakra.section>
  );
}
