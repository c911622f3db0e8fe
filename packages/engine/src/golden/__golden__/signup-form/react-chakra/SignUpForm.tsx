import { useState, type FormEvent } from 'react';
import { chakra } from '@chakra-ui/react';

/** Sign-up form */
export interface SignUpFormProps {
  onSubmit?: () => void;
}

/** Sign-up form */
export function SignUpForm({ onSubmit }: SignUpFormProps) {
  const [passwordType, setPasswordType] = useState('password');
  const [submitting, setSubmitting] = useState(false);

  function handleSignupSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    onSubmit?.();
  }

  function handleSignupPasswordShowClick() {
    setPasswordType('text');
  }

  function handleSignupPasswordHideClick() {
    setPasswordType('password');
  }

  return (
    <chakra.form
      aria-labelledby="signup-title"
      onSubmit={handleSignupSubmit}
      color="text"
      bg="surface"
      borderColor="border"
      p={{ base: "lg", sm: "xl" }}
      gap="lg"
      rounded="lg"
      borderWidth="var(--border-width)"
      shadow="sm"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      w="100%"
      maxW="32rem"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.header gap="sm" display="flex" flexDirection="column">
        <chakra.h2
          id="signup-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize="2xl"
          fontWeight="bold"
          lineHeight="tight"
        >Create your account</chakra.h2>
        <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">Start your 14-day free trial. No credit card required.</chakra.p>
      </chakra.header>
      <chakra.div gap="md" display="flex" flexDirection="column">
        <chakra.div
          gap="md"
          display="grid"
          gridTemplateColumns={{ base: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))" }}
        >
          <chakra.div gap="xs" display="flex" flexDirection="column">
            <chakra.label htmlFor="signup-first-name" color="text" fontSize="sm" fontWeight="medium">First name<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
            <chakra.input
              id="signup-first-name"
              name="signup-first-name"
              type="text"
              autoComplete="given-name"
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
          </chakra.div>
          <chakra.div gap="xs" display="flex" flexDirection="column">
            <chakra.label htmlFor="signup-last-name" color="text" fontSize="sm" fontWeight="medium">Last name<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
            <chakra.input
              id="signup-last-name"
              name="signup-last-name"
              type="text"
              autoComplete="family-name"
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
          </chakra.div>
        </chakra.div>
        <chakra.div gap="xs" display="flex" flexDirection="column">
          <chakra.label htmlFor="signup-email" color="text" fontSize="sm" fontWeight="medium">Work email<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
          <chakra.input
            id="signup-email"
            name="signup-email"
            type="email"
            placeholder="you@company.com"
            autoComplete="email"
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
        </chakra.div>
        <chakra.div gap="xs" display="flex" flexDirection="column">
          <chakra.label htmlFor="signup-password" color="text" fontSize="sm" fontWeight="medium">Password<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
          <chakra.div position="relative"><chakra.input id="signup-password" name="signup-password" type={passwordType} autoComplete="new-password" required minLength={8} aria-describedby="signup-password-hint" color="text" bg="surface" borderColor="border" py="sm" px="md" pr="xl" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="md" lineHeight="normal" transitionDuration="fast" w="100%" borderStyle="solid" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" boxSizing="border-box" _hover={{ borderColor: "text-muted" }} _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }} _active={{ borderColor: "focus" }} _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }} />{passwordType === 'password' ? <chakra.button type="button" aria-label="Show password" aria-controls="signup-password" onClick={handleSignupPasswordShowClick} color="text-muted" bg="transparent" borderColor="transparent" p="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="inherit" transitionDuration="fast" display="inline-flex" position="absolute" top="50%" right="xs" alignItems="center" justifyContent="center" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" transform="translateY(-50%)" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(-50%) scale(0.95)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z" /><chakra.circle cx="12" cy="12" r="3" /></chakra.svg></chakra.button> : <chakra.button type="button" aria-label="Hide password" aria-controls="signup-password" onClick={handleSignupPasswordHideClick} color="text-muted" bg="transparent" borderColor="transparent" p="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="inherit" transitionDuration="fast" display="inline-flex" position="absolute" top="50%" right="xs" alignItems="center" justifyContent="center" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" transform="translateY(-50%)" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(-50%) scale(0.95)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM3 3l18 18" /><chakra.circle cx="12" cy="12" r="3" /></chakra.svg></chakra.button>}</chakra.div>
          <chakra.p
            id="signup-password-hint"
            color="text-muted"
            m="0"
            fontFamily="base"
            fontSize="sm"
            lineHeight="normal"
          >At least 8 characters, with a number and a symbol.</chakra.p>
        </chakra.div>
        <chakra.label
          htmlFor="signup-terms"
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
            id="signup-terms"
            name="signup-terms"
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
          <chakra.span>I agree to the <chakra.a href="#terms" color="primary" rounded="sm" fontFamily="inherit" fontWeight="medium" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Terms of Service</chakra.a> and the <chakra.a href="#privacy" color="primary" rounded="sm" fontFamily="inherit" fontWeight="medium" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Privacy Policy</chakra.a></chakra.span>
        </chakra.label>
        <chakra.label
          htmlFor="signup-updates"
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
            id="signup-updates"
            name="signup-updates"
            type="checkbox"
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
          <chakra.span>Send me product news (about once a month)</chakra.span>
        </chakra.label>
      </chakra.div>
      <chakra.button
        type="submit"
        disabled={submitting}
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
        w="100%"
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
      >{submitting ? <><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 3a9 9 0 1 0 9 9" /></chakra.svg>Creating account…</> : 'Create account'}</chakra.button>
      <chakra.p
        color="text-muted"
        m="0"
        fontFamily="base"
        fontSize="sm"
        lineHeight="normal"
        textAlign="center"
      >Already have an account? <chakra.a href="#sign-in" color="primary" rounded="sm" fontFamily="inherit" fontWeight="medium" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Sign in</chakra.a></chakra.p>
    </chakra.form>
  );
}
