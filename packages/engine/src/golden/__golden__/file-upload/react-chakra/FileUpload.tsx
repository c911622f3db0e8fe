import { chakra } from '@chakra-ui/react';

interface UploadFileItem {
  id: string;
  name: string;
  size: string;
  progress: number;
  done: boolean;
  removeLabel: string;
}

const uploadFileItems: UploadFileItem[] = [
  { id: 'file1', name: 'brand-guidelines.pdf', size: '2.4 MB', progress: 100, done: true, removeLabel: 'Remove brand-guidelines.pdf' },
  { id: 'file2', name: 'homepage-hero.png', size: '1.1 MB', progress: 64, done: false, removeLabel: 'Remove homepage-hero.png' },
];

/** File upload with progress */
export interface FileUploadProps {
  /** @default false */
  disabled?: boolean;
  onFilesSelected?: () => void;
  onRemove?: (payload: string) => void;
  onCancel?: () => void;
  onSubmit?: () => void;
}

/** File upload with progress */
export function FileUpload({ disabled = false, onFilesSelected, onRemove, onCancel, onSubmit }: FileUploadProps) {

  function handleUploadInputChange() {
    onFilesSelected?.();
  }

  function handleUploadRemoveClick(item: UploadFileItem) {
    onRemove?.(item.id);
  }

  function handleUploadCancelClick() {
    onCancel?.();
  }

  function handleUploadSubmitClick() {
    onSubmit?.();
  }

  return (
    <chakra.section
      aria-labelledby="upload-title"
      color="text"
      bg="surface"
      borderColor="border"
      p="lg"
      gap="lg"
      rounded="lg"
      borderWidth="var(--border-width)"
      shadow="sm"
      fontFamily="base"
      display="flex"
      flexDirection="column"
      w="100%"
      maxW="36rem"
      borderStyle="solid"
      boxSizing="border-box"
    >
      <chakra.header gap="xs" display="flex" flexDirection="column">
        <chakra.h2
          id="upload-title"
          color="text"
          m="0"
          fontFamily="heading"
          fontSize="xl"
          fontWeight="bold"
          lineHeight="tight"
        >Upload files</chakra.h2>
        <chakra.p color="text-muted" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">Attach design files or screenshots to this project.</chakra.p>
      </chakra.header>
      <chakra.label
        htmlFor="upload-input"
        bg="surface"
        borderColor="border"
        p="xl"
        gap="sm"
        rounded="lg"
        borderWidth="var(--border-width)"
        display="flex"
        flexDirection="column"
        alignItems="center"
        textAlign="center"
        borderStyle="dashed"
        cursor="pointer"
        _hover={{ borderColor: "primary" }}
        _active={{ borderColor: "primary" }}
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
            <chakra.path d="M12 16V4M7 9l5-5 5 5M4 20h16" />
          </chakra.svg>
        </chakra.span>
        <chakra.span color="primary" fontWeight="semibold">Choose files</chakra.span>
        <chakra.span color="text" m="0" fontFamily="base" fontSize="sm" lineHeight="normal">or drag and drop them here</chakra.span>
        <chakra.span
          id="upload-hint"
          color="text-muted"
          m="0"
          fontFamily="base"
          fontSize="xs"
          lineHeight="normal"
        >SVG, PNG, JPG or PDF · up to 10 MB each</chakra.span>
        <chakra.input
          id="upload-input"
          type="file"
          name="files"
          multiple
          accept=".svg,.png,.jpg,.jpeg,.pdf"
          aria-describedby="upload-hint"
          onChange={handleUploadInputChange}
          color="text-muted"
          rounded="md"
          fontFamily="base"
          fontSize="sm"
          lineHeight="normal"
          maxW="100%"
          cursor="pointer"
          _hover={{ color: "text" }}
          _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
          _active={{ color: "text" }}
          _disabled={{ opacity: "0.55", cursor: "not-allowed" }}
          _file={{ color: "text", bg: "surface-muted", borderColor: "border", py: "xs", px: "sm", mr: "sm", rounded: "md", borderWidth: "var(--border-width)", fontFamily: "base", fontSize: "sm", fontWeight: "medium", lineHeight: "normal", borderStyle: "solid", cursor: "pointer" }}
        />
      </chakra.label>
      <chakra.ul p="0" m="0" gap="sm" display="flex" flexDirection="column" listStyle="none">
        {uploadFileItems.map((item) => (
          <chakra.li
            key={item.id}
            borderColor="border"
            p="sm"
            gap="md"
            rounded="md"
            borderWidth="var(--border-width)"
            display="flex"
            alignItems="center"
            borderStyle="solid"
          >
            <chakra.span
              aria-hidden="true"
              color="primary"
              bg="surface-muted"
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
                <chakra.path d="M14 3H6v18h12V7zM14 3v4h4" />
              </chakra.svg>
            </chakra.span>
            <chakra.div gap="xs" display="flex" flexDirection="column" flexGrow="1" minW="0">
              <chakra.div gap="sm" display="flex" alignItems="center" justifyContent="space-between">
                <chakra.span
                  color="text"
                  fontSize="sm"
                  fontWeight="medium"
                  overflow="hidden"
                  whiteSpace="nowrap"
                  textOverflow="ellipsis"
                >{item.name}</chakra.span>
                <chakra.span
                  color="text-muted"
                  m="0"
                  fontFamily="base"
                  fontSize="xs"
                  lineHeight="normal"
                  whiteSpace="nowrap"
                >{item.size}</chakra.span>
              </chakra.div>
              {item.done ? (
                <chakra.span
                  color="text"
                  m="0"
                  gap="xs"
                  fontFamily="base"
                  fontSize="xs"
                  lineHeight="normal"
                  display="flex"
                  alignItems="center"
                ><chakra.span color="success" display="inline-flex"><chakra.svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" htmlWidth="14" htmlHeight="14" aria-hidden="true"><chakra.circle cx="12" cy="12" r="9" /><chakra.path d="m8 12 3 3 5-6" /></chakra.svg></chakra.span>Uploaded</chakra.span>
              ) : (
                <chakra.progress
                  max="100"
                  value={item.progress}
                  aria-label={item.name}
                  color="primary"
                  rounded="full"
                  w="100%"
                  h={"{spacing.sm}"}
                  overflow="hidden"
                />
              )}
            </chakra.div>
            <chakra.button
              type="button"
              aria-label={item.removeLabel}
              onClick={() => handleUploadRemoveClick(item)}
              color="text-muted"
              bg="transparent"
              borderColor="transparent"
              p="xs"
              rounded="md"
              borderWidth="var(--border-width)"
              fontFamily="inherit"
              transitionDuration="fast"
              display="inline-flex"
              alignItems="center"
              justifyContent="center"
              borderStyle="solid"
              cursor="pointer"
              transitionProperty="background-color, border-color, color, box-shadow, transform, opacity"
              transitionTimingFunction="ease-out"
              _hover={{ color: "text", bg: "surface-muted" }}
              _focusVisible={{ outlineColor: "focus", outlineWidth: "var(--border-width)", outlineOffset: "{spacing.xs}", outlineStyle: "solid" }}
              _active={{ transform: "translateY(1px)" }}
              _disabled={{ shadow: "none", opacity: "0.55", cursor: "not-allowed", transform: "none" }}
            >
              <chakra.svg
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                focusable="false"
                htmlWidth="16"
                htmlHeight="16"
                aria-hidden="true"
              >
                <chakra.path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
              </chakra.svg>
            </chakra.button>
          </chakra.li>
        ))}
      </chakra.ul>
      <chakra.div gap="sm" display="flex" alignItems="center" justifyContent="flex-end">
        <chakra.button
          type="button"
          onClick={handleUploadCancelClick}
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
        >Cancel</chakra.button>
        <chakra.button
          type="button"
          disabled={disabled}
          onClick={handleUploadSubmitClick}
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
        >Attach files</chakra.button>
      </chakra.div>
    </chakra.section>
  );
}
