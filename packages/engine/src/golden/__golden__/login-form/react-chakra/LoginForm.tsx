import { useState, type FormEvent } from 'react';
import { chakra } from '@chakra-ui/react';

/** Sign-in form */
export interface LoginFormProps {
  onSubmit?: () => void;
  onSso?: () => void;
}

/** Sign-in form */
export function LoginForm({ onSubmit, onSso }: LoginFormProps) {
  const [passwordType, setPasswordType] = useState('password');
  const [submitting, setSubmitting] = useState(false);

  function handleLoginSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    onSubmit?.();
  }

  function handleLoginSsoClick() {
    onSso?.();
  }

  function handleLoginPasswordShowClick() {
    setPasswordType('text');
  }

  function handleLoginPasswordHideClick() {
    setPasswordType('password');
  }

  return (
    <chakra.form
      aria-labelledby="login-title"
      onSubmit={handleLoginSubmit}
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
      maxW="26rem"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.header
        gap="sm"
        display="flex"
        flexDirection="column"
        alignItems="center"
        textAlign="center"
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
            htmlWidth="22"
            htmlHeight="22"
            aria-hidden="true"
          >
            <chakra.path d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
          </chakra.svg>
        </chakra.span>
        <chakra.h2
          id="login-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize="2xl"
          fontWeight="bold"
          lineHeight="tight"
        >Welcome back</chakra.h2>
        <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="md" lineHeight="normal">Sign in to continue to Northwind.</chakra.p>
      </chakra.header>
      <chakra.button
        type="button"
        onClick={handleLoginSsoClick}
        color="text"
        bg="surface-muted"
        borderColor="transparent"
        py="sm"
        px="md"
        gap="xs"
        rounded="md"
        borderWidth="var(--border-width)"
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
        _hover={{ bg: "surface", borderColor: "border", shadow: "sm" }}
        _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
        _active={{ transform: "translateY(1px)" }}
        _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
      ><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z" /></chakra.svg>Continue with SSO</chakra.button>
      <chakra.div
        color="text-muted"
        m="0"
        gap="sm"
        fontFamily="base"
        fontSize="xs"
        lineHeight="normal"
        display="flex"
        alignItems="center"
      ><chakra.span aria-hidden="true" bg="border" flexGrow="1" h="var(--border-width)" />or<chakra.span aria-hidden="true" bg="border" flexGrow="1" h="var(--border-width)" /></chakra.div>
      <chakra.div gap="md" display="flex" flexDirection="column">
        <chakra.div gap="xs" display="flex" flexDirection="column">
          <chakra.label htmlFor="login-email" color="text" fontSize="sm" fontWeight="medium">Email<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
          <chakra.input
            id="login-email"
            name="login-email"
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
          <chakra.div gap="sm" display="flex" alignItems="center" justifyContent="space-between">
            <chakra.label htmlFor="login-password" color="text" fontSize="sm" fontWeight="medium">Password<chakra.span aria-hidden="true" color="danger"> *</chakra.span></chakra.label>
            <chakra.a
              href="#forgot-password"
              color="primary"
              rounded="sm"
              fontFamily="inherit"
              fontSize="sm"
              fontWeight="medium"
              transitionDuration="fast"
              textDecoration="none"
              cursor="pointer"
              transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
              transitionTimingFunction="ease-out"
              _hover={{ textDecoration: "underline" }}
              _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
              _active={{ textDecoration: "underline" }}
              _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
            >Forgot password?</chakra.a>
          </chakra.div>
          <chakra.div position="relative"><chakra.input id="login-password" name="login-password" type={passwordType} autoComplete="current-password" required minLength={8} color="text" bg="surface" borderColor="border" py="sm" px="md" pr="xl" rounded="md" borderWidth="var(--border-width)" fontFamily="base" fontSize="md" lineHeight="normal" transitionDuration="fast" w="100%" borderStyle="solid" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" boxSizing="border-box" _hover={{ borderColor: "text-muted" }} _focusVisible={{ borderColor: "focus", outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "0", outlineStyle: "solid" }} _active={{ borderColor: "focus" }} _disabled={{ bg: "surface-muted", opacity: "0.7", cursor: "not-allowed" }} />{passwordType === 'password' ? <chakra.button type="button" aria-label="Show password" aria-controls="login-password" onClick={handleLoginPasswordShowClick} color="text-muted" bg="transparent" borderColor="transparent" p="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="inherit" transitionDuration="fast" display="inline-flex" position="absolute" top="50%" right="xs" alignItems="center" justifyContent="center" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" transform="translateY(-50%)" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(-50%) scale(0.95)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z" /><chakra.circle cx="12" cy="12" r="3" /></chakra.svg></chakra.button> : <chakra.button type="button" aria-label="Hide password" aria-controls="login-password" onClick={handleLoginPasswordHideClick} color="text-muted" bg="transparent" borderColor="transparent" p="xs" rounded="md" borderWidth="var(--border-width)" fontFamily="inherit" transitionDuration="fast" display="inline-flex" position="absolute" top="50%" right="xs" alignItems="center" justifyContent="center" borderStyle="solid" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" transform="translateY(-50%)" _hover={{ color: "text", bg: "surface-muted" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ transform: "translateY(-50%) scale(0.95)" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM3 3l18 18" /><chakra.circle cx="12" cy="12" r="3" /></chakra.svg></chakra.button>}</chakra.div>
        </chakra.div>
        <chakra.label
          htmlFor="login-remember"
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
            id="login-remember"
            name="login-remember"
            type="checkbox"
            defaultChecked
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
          <chakra.span>Keep me signed in</chakra.span>
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
      >{submitting ? <><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="18" htmlHeight="18" aria-hidden="true"><chakra.path d="M12 3a9 9 0 1 0 9 9" /></chakra.svg>Signing in…</> : 'Sign in'}</chakra.button>
      <chakra.p
        color="text-muted"
        m="0"
        fontFamily="base"
        fontSize="sm"
        lineHeight="normal"
        textAlign="center"
      >Don’t have an account? <chakra.a href="#sign-up" color="primary" rounded="sm" fontFamily="inherit" fontWeight="medium" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Sign up</chakra.a></chakra.p>
    </chakra.form>
  );
}
