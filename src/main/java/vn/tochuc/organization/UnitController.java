package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.LongJobs;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/** The tree browser ("as of" a date, diacritic-insensitive search) and the unit page with its timeline. */
@Controller
class UnitController {

    private final OrgDirectory directory;
    private final OrgUnitRepository units;
    private final HistoryRepository history;
    private final UnitScopes scopes;
    private final LongJobs jobs;

    UnitController(
            OrgDirectory directory,
            OrgUnitRepository units,
            HistoryRepository history,
            UnitScopes scopes,
            LongJobs jobs) {
        this.directory = directory;
        this.units = units;
        this.history = history;
        this.scopes = scopes;
        this.jobs = jobs;
    }

    static LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return OrgClock.today();
        }
        try {
            return VnFormats.parseDate(text);
        } catch (VnFormats.InvalidDateException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    @GetMapping("/organization/units")
    String tree(
            @RequestParam(defaultValue = "ORGANIZATION") String tree,
            @RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(value = "HX-Request", required = false) String hx,
            Model model) {
        String t = EventRequest.tree(tree);
        LocalDate d = date(asOf);
        String folded = VietnameseText.fold(q).strip();
        List<UnitAsOf> found;
        if (!folded.isEmpty()) {
            found = units.searchAsOf(t, folded, d, 200).stream()
                    .filter(u -> readable(u.ref()))
                    .limit(100)
                    .toList();
        } else if (t.equals("ORGANIZATION") && !CurrentUser.scope().global()) {
            found = scopes.roots().stream()
                    .map(r -> units.findAsOf(r.id(), d))
                    .flatMap(java.util.Optional::stream)
                    .toList();
        } else {
            found = units.rootsAsOf(t, d);
        }
        model.addAttribute(
                "view",
                new TreeView(t, d, VnFormats.date(d), q, found, !folded.isEmpty(), CurrentUser.has(Role.ADMIN)));
        model.addAttribute("crumbs", List.of(Crumb.of("nav.units", null)));
        return hx != null ? "organization/units_results" : "organization/units";
    }

    @GetMapping("/organization/units/{id}/children")
    String children(@PathVariable long id, @RequestParam(required = false) String asOf, Model model) {
        OrgDirectory.UnitRef ref = directory.find(id).orElseThrow(() -> new NotFoundException("unit " + id));
        UnitPages.requireReadable(scopes, ref);
        LocalDate d = date(asOf);
        model.addAttribute("children", units.childrenAsOf(id, d));
        model.addAttribute("asOf", d);
        return "organization/units_children";
    }

    @GetMapping("/organization/units/{id}")
    String unit(@PathVariable long id, @RequestParam(required = false) String asOf, Model model) {
        OrgDirectory.UnitRef ref = directory.find(id).orElseThrow(() -> new NotFoundException("unit " + id));
        UnitPages.requireReadable(scopes, ref);
        LocalDate d = date(asOf);
        List<UnitAsOf> versions = units.versions(id);
        UnitAsOf at = units.findAsOf(id, d).orElse(versions.get(versions.size() - 1));
        UnitAsOf parent = at.ref().parentId() == null
                ? null
                : units.findAsOf(at.ref().parentId(), d).orElse(null);
        List<OrgEvent> events = directory.events(id);
        Map<String, OrgKind> kinds = history.kinds();
        String kindName = kinds.containsKey(at.ref().kind())
                ? kinds.get(at.ref().kind()).name()
                : at.ref().kind();
        boolean canEdit = CurrentUser.has(Role.ORG_STAFF) || CurrentUser.has(Role.ADMIN);
        model.addAttribute(
                "page",
                new UnitPage(
                        at,
                        d,
                        units.findAsOf(id, d).isPresent(),
                        parent,
                        units.childrenAsOf(id, d),
                        versions,
                        events,
                        Lineage.predecessors(id, events),
                        Lineage.successors(id, events),
                        kindName,
                        OrgClock.today(),
                        canEdit));
        model.addAttribute(
                "crumbs",
                List.of(Crumb.of("nav.units", "/organization/units?tree=" + ref.tree()), Crumb.text(at.name(), null)));
        return "organization/unit";
    }

    @PostMapping("/organization/imports/admin-units")
    String startImport() {
        CurrentUser.require(Role.ADMIN);
        long id = jobs.start(AdminImportJob.KIND, "Nhập danh mục đơn vị hành chính", "");
        return "redirect:/jobs/" + id;
    }

    private boolean readable(OrgDirectory.UnitRef ref) {
        return "LOCALITY".equals(ref.tree()) || scopes.covers(CurrentUser.scope(), ref.id());
    }
}
