package vn.tochuc.web;

import java.util.List;

/** Implemented by a module that adds links to the back-office navigation. */
public interface NavContribution {

    List<NavItem> navItems();
}
