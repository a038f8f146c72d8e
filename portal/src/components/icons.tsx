import type { ReactNode, SVGProps } from 'react';

/**
 * Small line icons drawn inline (no icon font, no extra request). They are decorative: the text
 * next to them says the same, so they are hidden from screen readers.
 */
function Icon({ children, size = 20, ...props }: SVGProps<SVGSVGElement> & { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

export const SearchIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-3.5-3.5" />
  </Icon>
);
export const CheckIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="m5 12.5 4.5 4.5L19 7.5" />
  </Icon>
);
export const ClockIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 2" />
  </Icon>
);
export const BanIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="m5.6 5.6 12.8 12.8" />
  </Icon>
);
export const SwapIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 8h13l-3-3M20 16H7l3 3" />
  </Icon>
);
export const QuestionIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17h.01" />
  </Icon>
);
export const MinusIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6 12h12" />
  </Icon>
);
export const PhoneIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2" />
  </Icon>
);
export const MailIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <path d="m3 7 9 6 9-6" />
  </Icon>
);
export const GlobeIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
  </Icon>
);
export const PinIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21Z" />
    <circle cx="12" cy="9.5" r="2.5" />
  </Icon>
);
export const UserIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21a8 8 0 0 1 16 0" />
  </Icon>
);
export const ArrowRightIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M5 12h14M13 6l6 6-6 6" />
  </Icon>
);
export const FilterIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 5h16l-6 7.5V19l-4 2v-8.5Z" />
  </Icon>
);
export const ShieldIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M12 3 5 6v5c0 4.5 3 8.3 7 10 4-1.7 7-5.5 7-10V6Z" />
    <path d="m9 12 2 2 4-4" />
  </Icon>
);
export const CloseIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6 6l12 12M18 6 6 18" />
  </Icon>
);

/** One picture a sector of the OCOP classification (Decision 148/QĐ-TTg, Appendix I). */
const SECTOR_PATHS: Record<string, ReactNode> = {
  // Food: a bowl of rice.
  '1': (
    <>
      <path d="M3 12h18a9 9 0 0 1-18 0Z" />
      <path d="M7 12c0-2.5 2.2-4.5 5-4.5s5 2 5 4.5" />
      <path d="M9 3.5 10.5 7M15 3.5 13.5 7" />
    </>
  ),
  // Beverages: a cup.
  '2': (
    <>
      <path d="M5 8h12v5a6 6 0 0 1-12 0Z" />
      <path d="M17 10h1.5a2.5 2.5 0 0 1 0 5H16.5" />
      <path d="M8 3.5c0 1 1 1 1 2M12 3.5c0 1 1 1 1 2" />
    </>
  ),
  // Medicinal herbs: a leaf.
  '3': (
    <>
      <path d="M5 19C5 10 11 5 20 4c-.5 9-5.5 15-15 15Z" />
      <path d="M5 19 14 10" />
    </>
  ),
  // Handicrafts: a woven basket.
  '4': (
    <>
      <path d="M3 10h18l-2 10H5Z" />
      <path d="M8 10a4 4 0 0 1 8 0M9 10l1 10M15 10l-1 10M4 15h16" />
    </>
  ),
  // Ornamental plants and animals: a flower.
  '5': (
    <>
      <circle cx="12" cy="9" r="2.5" />
      <path d="M12 6.5C12 4 14.5 3 15.5 5s-1 3.5-1 3.5M14.5 9.5c2.5 0 3.5 2.5 1.5 3.5s-3.5-1-3.5-1M9.5 9.5C7 9.5 6 12 8 13s3.5-1 3.5-1M12 6.5C12 4 9.5 3 8.5 5s1 3.5 1 3.5" />
      <path d="M12 11.5V21M12 17c-2 0-3.5-1-4-2.5M12 18.5c2 0 3.5-1 4-2.5" />
    </>
  ),
  // Community and eco-tourism: mountains.
  '6': (
    <>
      <path d="m2 20 7-11 4 6 3-4 6 9Z" />
      <circle cx="17" cy="5" r="2" />
    </>
  ),
};

export function SectorIcon({ code, ...props }: IconProps & { code: string | null | undefined }) {
  return <Icon {...props}>{SECTOR_PATHS[code ?? ''] ?? <circle cx="12" cy="12" r="8" />}</Icon>;
}
