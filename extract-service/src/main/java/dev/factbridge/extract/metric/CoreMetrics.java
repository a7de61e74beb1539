package dev.factbridge.extract.metric;

import java.util.Set;

/** The core metric vocabulary of fact-model.md (plus the suffixed form it names, {@code _same_or_next_day}). */
public final class CoreMetrics {
    public static final Set<String> NAMES = Set.of("revenue", "revenue_growth_yoy", "operating_income",
            "operating_income_growth_yoy", "operating_margin", "net_income", "free_cash_flow", "capital_investments",
            "advertising_revenue", "advertising_revenue_growth_yoy", "customer_savings", "active_customers",
            "price_per_user_per_month", "layoffs", "investment", "units_delivered", "units_delivered_same_or_next_day",
            "availability_zones", "regions");

    private CoreMetrics() {
    }
}
