import { useState } from 'react';
import { chakra } from '@chakra-ui/react';

/** Cookie consent banner with preferences */
export interface CookieBannerProps {
  onSave?: () => void;
  onReject?: () => void;
  onAccept?: () => void;
}

/** Cookie consent banner with preferences */
export function CookieBanner({ onSave, onReject, onAccept }: CookieBannerProps) {
  const [visible, setVisible] = useState(true);
  const [customizing, setCustomizing] = useState(false);

  function handleCookiesSaveClick() {
    setVisible(false);
    onSave?.();
  }

  function handleCookiesCustomizeClick() {
    setCustomizing((current) => !current);
  }

  function handleCookiesRejectClick() {
    setVisible(false);
    onReject?.();
  }

  function handleCookiesAcceptClick() {
    setVisible(false);
    onAccept?.();
  }

  return (
    <chakra.div>
      {visible && (
        <chakra.section
          aria-labelledby="cookies-title"
          aria-describedby="cookies-body"
          color="text"
          bg="surface"
          borderColor="border"
          p="lg"
          gap="md"
          rounded="lg"
          borderWidth="var(--border-width)"
          shadow="lg"
          fontFamily="base"
          display="flex"
          position="fixed"
          right="md"
          bottom="md"
          left={{ base: "md", md: "auto" }}
          zIndex="60"
          flexDirection="column"
          borderStyle="solid"
          boxSizing="border-box"
          w={{ md: "30rem" }}
        >
          <chakra.div gap="md" display="flex" alignItems="flex-start">
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
                <chakra.circle cx="12" cy="12" r="9" />
                <chakra.path d="M9 9h.01M15 10h.01M10 15h.01M15 15h.01" />
              </chakra.svg>
            </chakra.span>
            <chakra.div gap="xs" display="flex" flexDirection="column">
              <chakra.h2
                id="cookies-title"
                color="text"
                m="0"
                fontFamily="heading"
                fontSize="lg"
                fontWeight="bold"
                lineHeight="tight"
              >We value your privacy</chakra.h2>
              <chakra.p
                id="cookies-body"
                color="text-muted"
                m="0"
                fontFamily="base"
                fontSize="sm"
                lineHeight="normal"
              >We use cookies to keep you signed in, understand how the product is used and improve it. You can change your choice at any time. <chakra.a href="#cookie-policy" color="primary" rounded="sm" fontFamily="inherit" fontWeight="medium" transitionDuration="fast" textDecoration="none" cursor="pointer" transitionProperty="background-color, border-color, color, box-shadow, transform, opacity" transitionTimingFunction="ease-out" _hover={{ textDecoration: "underline" }} _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }} _active={{ textDecoration: "underline" }} _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}>Read our cookie policy</chakra.a></chakra.p>
            </chakra.div>
          </chakra.div>
          {customizing && (
            <chakra.fieldset
              id="cookies-options"
              bg="surface-muted"
              p="md"
              m="0"
              gap="sm"
              rounded="md"
              borderWidth="0"
              display="flex"
              flexDirection="column"
            >
              <chakra.legend color="text" p="0" fontSize="sm" fontWeight="semibold">Customise</chakra.legend>
              <chakra.label
                htmlFor="cookies-necessary"
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
                  id="cookies-necessary"
                  name="cookies-necessary"
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
                <chakra.span>Strictly necessary (always on)</chakra.span>
              </chakra.label>
              <chakra.label
                htmlFor="cookies-analytics"
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
                  id="cookies-analytics"
                  name="cookies-analytics"
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
                <chakra.span>Analytics — help us improve the product</chakra.span>
              </chakra.label>
              <chakra.label
                htmlFor="cookies-marketing"
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
                  id="cookies-marketing"
                  name="cookies-marketing"
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
                <chakra.span>Marketing — relevant offers on other sites</chakra.span>
              </chakra.label>
            </chakra.fieldset>
          )}
          <chakra.div
            gap="sm"
            display="flex"
            flexDirection={{ base: "column", sm: "row" }}
            flexWrap={{ sm: "wrap" }}
            justifyContent={{ sm: "flex-end" }}
          >
            {customizing ? (
              <chakra.button
                type="button"
                onClick={handleCookiesSaveClick}
                color="text"
                bg="surface-muted"
                borderColor="transparent"
                py="xs"
                px="sm"
                gap="xs"
                rounded="md"
                borderWidth="var(--border-width)"
                fontFamily="base"
                fontSize="sm"
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
                _hover={{ bg: "surface", borderColor: "border", shadow: "sm" }}
                _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
                _active={{ transform: "translateY(1px)" }}
                _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
              >Save choices</chakra.button>
            ) : (
              <chakra.button
                type="button"
                aria-expanded={customizing}
                aria-controls="cookies-options"
                onClick={handleCookiesCustomizeClick}
                color="primary"
                bg="transparent"
                borderColor="transparent"
                py="xs"
                px="sm"
                gap="xs"
                rounded="md"
                borderWidth="var(--border-width)"
                fontFamily="base"
                fontSize="sm"
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
                _hover={{ color: "text", bg: "surface-muted" }}
                _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
                _active={{ transform: "translateY(1px)" }}
                _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
              >Customise</chakra.button>
            )}
            <chakra.button
              type="button"
              onClick={handleCookiesRejectClick}
              color="primary"
              bg="transparent"
              borderColor="primary"
              py="xs"
              px="sm"
              gap="xs"
              rounded="md"
              borderWidth="var(--border-width)"
              fontFamily="base"
              fontSize="sm"
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
              _hover={{ color: "on-primary", bg: "primary" }}
              _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
              _active={{ transform: "translateY(1px)" }}
              _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
            >Reject all</chakra.button>
            <chakra.button
              type="button"
              onClick={handleCookiesAcceptClick}
              color="on-primary"
              bg="primary"
              borderColor="transparent"
              py="xs"
              px="sm"
              gap="xs"
              rounded="md"
              borderWidth="var(--border-width)"
              shadow="none"
              fontFamily="base"
              fontSize="sm"
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
            >Accept all</chakra.button>
          </chakra.div>
        </chakra.section>
      )}
    </chakra.div>
  );
}
