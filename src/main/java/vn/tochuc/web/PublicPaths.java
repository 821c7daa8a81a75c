package vn.tochuc.web;

import java.util.List;

/** Implemented by a module whose pages are public (the portal): URL patterns reachable without login. */
public interface PublicPaths {

    List<String> patterns();
}
