"""The three throttling tiers. Rates are read from the settings on every request (DRF reads
them once at import), so that tests can change them."""
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle


class LiveRateMixin:
    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES[self.scope]


class UserTierThrottle(LiveRateMixin, SimpleRateThrottle):
    """Counts an authenticated user's requests in one tier; anonymous requests are the burst
    tier's."""

    def get_cache_key(self, request, view):
        if not request.user or not request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}


class StandardThrottle(UserTierThrottle):
    scope = "standard"


class ExpensiveCalculationThrottle(UserTierThrottle):
    scope = "expensive_calculation"


class BurstThrottle(LiveRateMixin, AnonRateThrottle):
    scope = "burst"


STANDARD = [BurstThrottle, StandardThrottle]
EXPENSIVE = [BurstThrottle, ExpensiveCalculationThrottle]
