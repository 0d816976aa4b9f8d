package dev.madoguchi.cases;

import java.time.Clock;
import java.util.List;

import dev.madoguchi.identity.StaffPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The queue: the cases a person may see, soonest deadline first, filtered and paged. */
@Controller
class QueueController {

    static final int PAGE_SIZE = 50;

    private final Cases cases;
    private final Divisions divisions;
    private final CaseProperties properties;
    private final Clock clock;

    QueueController(Cases cases, Divisions divisions, CaseProperties properties, Clock clock) {
        this.cases = cases;
        this.divisions = divisions;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String queue(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(defaultValue = "open") String state, @RequestParam(required = false) String handler,
            @RequestParam(required = false) Long division, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            Model model) {
        int safePage = Math.max(0, Math.min(page, 10_000));
        String query = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
        QueueFilter filter = new QueueFilter(state.equals("all") ? null : state, handler, division, query, overdue,
                safePage * PAGE_SIZE, PAGE_SIZE + 1);
        List<QueueEntry> entries = cases.queue(filter, CaseViewer.of(principal), clock.instant());
        model.addAttribute("entries", entries.size() > PAGE_SIZE ? entries.subList(0, PAGE_SIZE) : entries);
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("page", safePage);
        model.addAttribute("state", state);
        model.addAttribute("handler", handler);
        model.addAttribute("division", division);
        model.addAttribute("q", query);
        model.addAttribute("overdue", overdue);
        model.addAttribute("states", CaseState.values());
        model.addAttribute("divisions", divisions.all());
        model.addAttribute("now", clock.instant());
        model.addAttribute("dueSoon", clock.instant().plus(properties.dueSoon()));
        return "cases/queue";
    }
}
