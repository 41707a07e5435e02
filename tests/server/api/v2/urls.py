"""Placeholder for forward compatibility: the v2 router registers nothing yet."""
from rest_framework.routers import DefaultRouter

router = DefaultRouter()
urlpatterns = router.urls
