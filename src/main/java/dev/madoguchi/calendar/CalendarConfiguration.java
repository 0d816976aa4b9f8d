package dev.madoguchi.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    BusinessCalendar businessCalendar() {
        return new WeekendCalendar();
    }
}
