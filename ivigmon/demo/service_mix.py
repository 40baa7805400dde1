"""The national case mix: who is treated with IVIG, for what, how often and at what dose.

Sources for the regimens (doses, intervals, courses):
- Department of Health, Clinical Guidelines for Immunoglobulin Use, 2nd edition update (2011),
  and NHS England, Commissioning Criteria Policy for the use of therapeutic immunoglobulin
  (2021): PID 0.4-0.6 g/kg every 3-4 weeks, trough-guided; SID 0.4 g/kg a month, reviewed
  yearly; CIDP and MMN induction 2 g/kg over 2-5 days, then 0.4-1 g/kg (CIDP) or 0.4-2 g/kg
  (MMN) every 2-6 weeks, with a response review; GBS 2 g/kg over 5 days; ITP 1 g/kg, repeated
  on day 2-3 if needed (0.8-1 g/kg in children); Kawasaki disease 2 g/kg once; JDM 2 g/kg over
  2 days a month.
- American Heart Association scientific statement on Kawasaki disease (McCrindle et al., 2017):
  2 g/kg as one infusion over 10-12 h; 10-20 % are IVIG-resistant and get a second 2 g/kg dose.
- UK National Immunoglobulin Database, Annual Report 2018/19: in its first ten years about
  90,000 patients and 1.6 million treatment entries; the 2017/18 report: immunoglobulin use
  grows about 13 % a year.
- Shillitoe et al., Clin Med 2018 (UKPID and National Immunoglobulin Databases): about half of
  immunodeficiency patients are on subcutaneous or home therapy, so many leave hospital IVIG.
The patient shares are this generator's assumption, shaped to the national picture: acute
patients (ITP, GBS, Kawasaki disease) are most of the patients, maintenance patients (PID, SID,
CIDP, MMN) most of the infusions.
"""

from __future__ import annotations

from dataclasses import dataclass

from ivigmon.demo.service_draw import Weighted
from ivigmon.domain.codes import Diagnosis


@dataclass(frozen=True)
class Regimen:
    """One course: `days` consecutive daily infusions of `g_per_kg` each."""

    days: int
    g_per_kg: float


@dataclass(frozen=True)
class AgeBand:
    """Age at the first infusion, in years: a triangular draw."""

    low: float
    high: float
    mode: float


ONE_COURSE: Weighted[int] = Weighted([(1, 1)])
ONE_DAY_1_G: Weighted[Regimen] = Weighted([(Regimen(1, 1.0), 1)])
NO_LOADING: Weighted[Regimen | None] = Weighted([(None, 1)])
FOUR_WEEKLY: Weighted[int] = Weighted([(28, 1)])


@dataclass(frozen=True)
class Group:
    """Patients treated alike: a diagnosis and a treatment pattern."""

    key: str
    diagnosis: Diagnosis
    maintenance: bool
    on_label: bool
    boys: float
    ages: Weighted[AgeBand]
    # Acute: how many courses, of which regimen, how many days apart (first day to first day).
    courses: Weighted[int] = ONE_COURSE
    regimens: Weighted[Regimen] = ONE_DAY_1_G
    gap_days: tuple[int, int] = (28, 56)
    # Maintenance: the loading course (none: start at the maintenance dose), the dose per
    # session (g/kg, drawn once per patient), the interval, and how long treatment lasts
    # (log-normal: median years and spread); some stop after a few sessions (no response).
    loading: Weighted[Regimen | None] = NO_LOADING
    dose_g_per_kg: tuple[float, float] = (0.4, 0.4)
    interval_days: Weighted[int] = FOUR_WEEKLY
    duration_years: tuple[float, float] = (1.0, 0.5)
    no_response: float = 0.0


def _ages(*bands: tuple[float, float, float, float]) -> Weighted[AgeBand]:
    return Weighted([(AgeBand(low, high, mode), weight) for weight, low, high, mode in bands])


CHILD = 17.9  # paediatric services treat until the 18th birthday


def _rheumatology(key: str, diagnosis: Diagnosis, boys: float, ages: AgeBand) -> Group:
    """Courses as in the source paper: 1-2 g/kg over 1-5 days, repeated 4-8 weekly."""
    return Group(
        key,
        diagnosis,
        maintenance=False,
        on_label=False,
        boys=boys,
        ages=Weighted([(ages, 1)]),
        courses=Weighted([(1, 50), (2, 25), (3, 15), (4, 10)]),
        regimens=Weighted([(Regimen(1, 1.0), 40), (Regimen(2, 1.0), 45), (Regimen(5, 0.4), 15)]),
        gap_days=(28, 56),
    )


# Patient shares per 1,000.
GROUPS: Weighted[Group] = Weighted(
    [
        (
            Group(
                "PID",
                Diagnosis.PID,
                maintenance=True,
                on_label=True,
                boys=0.55,
                ages=_ages((35, 0.5, CHILD, 6.0), (65, 18.0, 80.0, 40.0)),
                dose_g_per_kg=(0.4, 0.6),
                interval_days=Weighted([(21, 35), (28, 65)]),
                # Lifelong, but many move to subcutaneous or home therapy (Shillitoe 2018).
                duration_years=(4.0, 0.9),
            ),
            60,
        ),
        (
            # Secondary immunodeficiency (haematological cancers, after CAR-T): no code of its
            # own, so OTHER.
            Group(
                "SID",
                Diagnosis.OTHER,
                maintenance=True,
                on_label=True,
                boys=0.55,
                ages=_ages((100, 25.0, 90.0, 68.0)),
                dose_g_per_kg=(0.4, 0.4),
                interval_days=Weighted([(28, 1)]),
                duration_years=(1.3, 0.6),
            ),
            90,
        ),
        (
            Group(
                "CIDP",
                Diagnosis.CIDP,
                maintenance=True,
                on_label=True,
                boys=0.65,
                ages=_ages((3, 3.0, CHILD, 10.0), (97, 20.0, 88.0, 60.0)),
                loading=Weighted([(Regimen(2, 1.0), 60), (Regimen(5, 0.4), 40)]),
                dose_g_per_kg=(0.4, 1.0),
                interval_days=Weighted([(14, 10), (21, 25), (28, 35), (35, 20), (42, 10)]),
                duration_years=(4.0, 0.8),
                no_response=0.15,
            ),
            55,
        ),
        (
            Group(
                "MMN",
                Diagnosis.MMN,
                maintenance=True,
                on_label=True,
                boys=0.7,
                ages=_ages((100, 22.0, 75.0, 45.0)),
                loading=Weighted([(Regimen(2, 1.0), 70), (Regimen(5, 0.4), 30)]),
                dose_g_per_kg=(0.4, 2.0),
                interval_days=Weighted([(14, 15), (21, 25), (28, 35), (35, 15), (42, 10)]),
                duration_years=(8.0, 0.7),
                no_response=0.1,
            ),
            18,
        ),
        (
            Group(
                "JDM",
                Diagnosis.JDM,
                maintenance=True,
                on_label=False,
                boys=0.35,
                ages=_ages((100, 2.0, 16.0, 7.0)),
                dose_g_per_kg=(2.0, 2.0),
                interval_days=Weighted([(28, 1)]),
                duration_years=(1.2, 0.5),
            ),
            12,
        ),
        (
            Group(
                "ITP",
                Diagnosis.ITP,
                maintenance=False,
                on_label=True,
                boys=0.45,
                ages=_ages((40, 0.5, CHILD, 4.0), (60, 18.0, 92.0, 55.0)),
                courses=Weighted([(1, 60), (2, 22), (3, 10), (4, 5), (6, 3)]),
                regimens=Weighted(
                    [
                        (Regimen(1, 1.0), 45),
                        (Regimen(2, 1.0), 30),
                        (Regimen(1, 0.8), 15),
                        (Regimen(5, 0.4), 10),
                    ]
                ),
                gap_days=(21, 180),
            ),
            260,
        ),
        (
            Group(
                "GBS",
                Diagnosis.GBS,
                maintenance=False,
                on_label=True,
                boys=0.6,
                ages=_ages((8, 1.0, CHILD, 8.0), (92, 18.0, 90.0, 55.0)),
                # About 5 % get a second course when they worsen after the first.
                courses=Weighted([(1, 95), (2, 5)]),
                regimens=Weighted([(Regimen(5, 0.4), 85), (Regimen(2, 1.0), 15)]),
                gap_days=(14, 28),
            ),
            165,
        ),
        (
            Group(
                "KD",
                Diagnosis.KD,
                maintenance=False,
                on_label=True,
                boys=0.6,
                # Mostly under 5 (AHA 2017); the source paper's range 0.31-4.64 y.
                ages=_ages((100, 0.15, 8.0, 1.5)),
                regimens=Weighted([(Regimen(1, 2.0), 1)]),
            ),
            140,
        ),
        (
            _rheumatology("JIA", Diagnosis.JIA, 0.35, AgeBand(1.5, 17.5, 8.0)),
            40,
        ),
        (
            _rheumatology("SV", Diagnosis.SV, 0.5, AgeBand(1.0, 17.5, 5.0)),
            30,
        ),
        (
            _rheumatology("JSLE", Diagnosis.JSLE, 0.15, AgeBand(6.0, CHILD, 14.0)),
            30,
        ),
        (
            _rheumatology("SCLE", Diagnosis.SCLE, 0.3, AgeBand(3.0, 17.0, 9.0)),
            15,
        ),
        (
            # Other acute uses (myasthenic crisis, encephalitis, toxic shock...): off-label here.
            Group(
                "OTHER",
                Diagnosis.OTHER,
                maintenance=False,
                on_label=False,
                boys=0.5,
                ages=_ages((15, 0.3, CHILD, 6.0), (85, 18.0, 88.0, 50.0)),
                courses=Weighted([(1, 85), (2, 15)]),
                regimens=Weighted(
                    [(Regimen(5, 0.4), 50), (Regimen(2, 1.0), 40), (Regimen(1, 1.0), 10)]
                ),
                gap_days=(14, 60),
            ),
            85,
        ),
    ]
)

# Kawasaki disease: share given a second 2 g/kg dose 36-48 h after the first (AHA 2017: 10-20 %
# are IVIG-resistant).
KD_RETREATED = 0.12

# Maintenance sessions: about 3 % of intervals run 4-8 weeks long (illness, holidays), which
# gives the long gaps the LONG_GAP factor is about.
LATE_SESSION_SHARE = 0.03
LATE_SESSION_EXTRA_DAYS = (28, 56)
# Every maintenance interval varies by up to 3 days either way (clinic capacity).
INTERVAL_JITTER_DAYS = 3
# The first maintenance session follows the loading course after 3 weeks.
AFTER_LOADING_DAYS = 21
