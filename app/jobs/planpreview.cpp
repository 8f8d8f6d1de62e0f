#include "jobs/planpreview.h"
