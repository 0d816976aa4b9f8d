package dev.madoguchi.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public start page and the staff desk. */
@Controller
class PageController {

    @GetMapping("/")
    String home() {
        return "web/home";
    }

    @GetMapping("/desk")
    String desk() {
        return "web/desk";
    }
}
