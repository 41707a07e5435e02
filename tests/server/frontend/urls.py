from django.urls import path

from . import views

urlpatterns = [
    path("api/calendar-data/", views.CalendarDataView.as_view(), name="calendar-data"),
    path("leave-booking/calendar-data/", views.LeaveBookingCalendarView.as_view(), name="leave-booking-calendar-data"),
    path("leave-booking/submit/", views.LeaveBookingSubmitView.as_view(), name="leave-booking-submit"),
]
