import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
  UnstyledButton,
  type UnstyledButtonProps,
} from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnchorAttributes = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'> & { ref?: Ref<HTMLAnchorElement> };

function MantineAnchor(props: AnchorProps & AnchorAttributes) {
  return <Anchor component="a" {...props} />;
}

function MantineButtonAnchor(props: ButtonProps & AnchorAttributes) {
  return <Button component="a" {...props} />;
}

function MantineNavLinkAnchor(props: NavLinkProps & AnchorAttributes) {
  return <NavLink component="a" {...props} />;
}

function MantineUnstyledAnchor(props: UnstyledButtonProps & AnchorAttributes) {
  return <UnstyledButton component="a" {...props} />;
}

/** A Mantine Anchor that navigates with the router (typed `to`). */
export const AnchorLink = createLink(MantineAnchor);

/** A Mantine Button that is a router link. */
export const ButtonLink = createLink(MantineButtonAnchor);

/** A Mantine NavLink (menu item) that is a router link. */
export const NavLinkLink = createLink(MantineNavLinkAnchor);

/** An unstyled router link, for cards that are links as a whole. */
export const UnstyledLink = createLink(MantineUnstyledAnchor);
