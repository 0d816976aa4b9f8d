package dev.madoguchi.vulnerabilities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.cvss.CvssBaseMetric;
import dev.madoguchi.cvss.CvssVector;
import dev.madoguchi.cvss.InvalidCvssVectorException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The CVSS editor: the base metrics of v3.1 or v4.0 with their choices in the person's language, the vector they
 * make and its score. A vector can be opened in it to change; htmx refreshes the result as choices change, and the
 * form works without script too.
 */
@Controller
class CvssCalculatorController {

    @GetMapping("/cvss")
    String editor(@RequestParam Map<String, String> params, Model model) {
        fill(params, model);
        return "vulnerabilities/cvss";
    }

    @GetMapping("/cvss/result")
    String result(@RequestParam Map<String, String> params, Model model) {
        fill(params, model);
        return "vulnerabilities/cvss :: result";
    }

    private static void fill(Map<String, String> params, Model model) {
        String version = "4.0".equals(params.get("version")) ? "4.0" : "3.1";
        Map<String, String> chosen = new LinkedHashMap<>();
        String given = params.get("vector");
        if (given != null && given.startsWith("CVSS:" + version + "/")) {
            for (String part : given.substring(9).split("/")) {
                int colon = part.indexOf(':');
                if (colon > 0) {
                    chosen.put(part.substring(0, colon), part.substring(colon + 1));
                }
            }
        }
        List<CvssBaseMetric> metrics = CvssBaseMetric.of(version);
        StringBuilder vector = new StringBuilder("CVSS:" + version);
        boolean complete = true;
        for (CvssBaseMetric metric : metrics) {
            String value = params.getOrDefault(metric.key(), chosen.get(metric.key()));
            if (value != null && metric.values().contains(value)) {
                chosen.put(metric.key(), value);
                vector.append('/').append(metric.key()).append(':').append(value);
            } else {
                chosen.remove(metric.key());
                complete = false;
            }
        }
        model.addAttribute("version", version);
        model.addAttribute("metrics", metrics);
        model.addAttribute("chosen", chosen);
        if (complete) {
            try {
                model.addAttribute("score", CvssVector.parse(vector.toString()));
            } catch (InvalidCvssVectorException e) {
                model.addAttribute("invalid", e.getMessage());
            }
        }
    }
}
